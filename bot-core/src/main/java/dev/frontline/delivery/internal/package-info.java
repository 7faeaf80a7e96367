/**
 * The delivery queue's storage in the database and the worker that drains it.
 */
@NullMarked
package dev.frontline.delivery.internal;

import org.jspecify.annotations.NullMarked;
