package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void theWelshBundleHasEveryKeyTheEnglishOneHas() throws IOException {
        var english = load("/messages.properties");
        var welsh = load("/messages_cy.properties");
        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void apostrophesAreDoubledBecauseEveryMessageGoesThroughMessageFormat() throws IOException {
        for (var bundle : new String[] {"/messages.properties", "/messages_cy.properties"})
            load(bundle).forEach((key, value) -> assertThat(value.toString().replace("''", ""))
                    .as(bundle + " " + key).doesNotContain("'"));
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
