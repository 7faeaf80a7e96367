package dev.frontline.delivery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Turns a chat platform's wiring on when a setting has text, such as its bot token, and
 * none when another has text too. A blank value, as an unset environment variable in a
 * compose file gives, counts as not set.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Conditional(WhenSet.Check.class)
public @interface WhenSet {

	/** The setting that must have text, such as {@code frontline.discord.bot-token}. */
	String value();

	/** A setting that must not, if any. */
	String unless() default "";

	/** Reads the two settings. */
	final class Check implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Map<String, Object> settings = metadata.getAnnotationAttributes(WhenSet.class.getName());
			if (settings == null) {
				return false;
			}
			String unless = (String) settings.get("unless");
			return set(context, (String) settings.get("value")) && (unless.isEmpty() || !set(context, unless));
		}

		private static boolean set(ConditionContext context, String key) {
			return StringUtils.hasText(context.getEnvironment().getProperty(key));
		}

	}

}
