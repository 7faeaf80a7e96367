package dev.frontline.console;

/**
 * Published when the terminal's input ends, so the application can finish its work and
 * exit.
 */
public record ConsoleInputClosed() {
}
