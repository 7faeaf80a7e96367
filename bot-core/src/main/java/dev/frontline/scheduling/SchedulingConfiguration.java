package dev.frontline.scheduling;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Enables {@code @Scheduled} work and {@code @SchedulerLock} on it, with locks in the
 * {@code shedlock} table timed by the database's clock, so instances whose clocks differ
 * still agree. A lock outlives an instance that died holding it by
 * {@code frontline.scheduling.lock-at-most} (10 s unless configured), so the others take
 * its work over within that.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${frontline.scheduling.lock-at-most:PT10S}")
@EnableConfigurationProperties(SchedulingSettings.class)
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
