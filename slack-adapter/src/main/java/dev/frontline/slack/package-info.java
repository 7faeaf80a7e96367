/**
 * The Slack adapter: Bolt for Java over HTTP ({@code POST /slack/events}) or Socket Mode,
 * Block Kit cards, slash commands, buttons, modals and App Home, translating to and from
 * the core.
 */
@NullMarked
package dev.frontline.slack;

import org.jspecify.annotations.NullMarked;
