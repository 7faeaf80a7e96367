package dev.frontline.incidents;

/**
 * What became of a signal.
 *
 * @param incidentNumber the incident it opened or updated
 * @param created whether it opened that incident
 * @param duplicate whether it had been received before, so nothing changed
 */
public record SignalReceipt(long incidentNumber, boolean created, boolean duplicate) {
}
