/**
 * The Discord adapter: JDA over the gateway, embeds with buttons, threads, slash commands
 * and modals, translating to and from the core.
 */
@NullMarked
package dev.frontline.discord;

import org.jspecify.annotations.NullMarked;
