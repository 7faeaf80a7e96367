package dev.frontline.changes.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.frontline.changes.ChangeSignals;

/**
 * Change signals fitting the database: through PostgreSQL when several instances may
 * share it, within this process otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ChangesConfiguration {

	@Bean
	ChangeSignals changeSignals(DataSource dataSource) throws SQLException {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		return "PostgreSQL".equals(product) ? new PostgresChangeSignals(dataSource) : new LocalChangeSignals();
	}

}
