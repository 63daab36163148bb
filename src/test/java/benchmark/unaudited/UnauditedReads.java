package benchmark.unaudited;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Adds the unaudited person read to a benchmark's application context. This package lives outside
 * {@code org.invicta} so that Invicta's component scan, and so every other test, never finds it.
 */
@Configuration(proxyBeanMethods = false)
@Import({UnauditedPersonReads.class, UnauditedPeopleApi.class})
public class UnauditedReads {
}
