package dev.frontline.incidents;

/**
 * What the {@code Notify affected} form starts from.
 *
 * @param incident the incident
 * @param label what it is about
 * @param prefill the notice from its kind's template, {@code {incident}} and
 * {@code {solution}} filled, {@code {name}} left for each customer's own
 * @param customers how many customers it goes to now
 * @param throughConnector whether the connector sends it, or people do by hand
 */
public record NoticeForm(long incident, String label, String prefill, int customers, boolean throughConnector) {
}
