package dev.frontline.replies.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import dev.frontline.replies.ReplySettings;

/** Binds and validates the reply policy at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplySettings.class)
class RepliesConfiguration {

}
