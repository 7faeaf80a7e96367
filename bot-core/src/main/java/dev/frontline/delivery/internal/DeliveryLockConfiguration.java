package dev.frontline.delivery.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Configuration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * A database lock, so that of several instances sharing one database only one delivers at
 * a time.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryLockConfiguration {

	@Bean
	LockingTaskExecutor deliveryLock(DataSource dataSource) {
		return new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
	}

}
