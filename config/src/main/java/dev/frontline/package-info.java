/**
 * The root of Frontline: the Spring Boot application whose sub-packages are its
 * capabilities and adapters.
 */
@NullMarked
package dev.frontline;

import org.jspecify.annotations.NullMarked;
