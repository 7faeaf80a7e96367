package dev.frontline.incidents.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import dev.frontline.incidents.IncidentSettings;

/** Binds and validates the incident settings at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentSettings.class)
class IncidentsConfiguration {

}
