package org.liminal.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.liminal.MutableClock;
import org.liminal.WebTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The full application with the demo data, and a clock the demo trainings tests move to awkward days. Every demo
 * test shares this one context, which keeps a small connection pool: the test database serves many contexts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebTest
@ActiveProfiles("demo")
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
@interface DemoTest {
}
