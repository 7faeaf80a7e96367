/**
 * People: who is acting, and the role (staff, supervisor, admin) their chat identity maps
 * to.
 */
@NullMarked
package dev.frontline.people;

import org.jspecify.annotations.NullMarked;
