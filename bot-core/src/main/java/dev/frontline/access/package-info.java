/**
 * Access: who may read the API and the management endpoints (a bearer token), checked
 * before any request reaches a controller.
 */
@NullMarked
package dev.frontline.access;

import org.jspecify.annotations.NullMarked;
