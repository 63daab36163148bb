package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.invicta.InvictaIT;
import org.invicta.crime.persistence.Classifications;
import org.invicta.crime.publicdata.ClassificationFile;
import org.invicta.crime.publicdata.ClassificationLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A force's registrar loads a year's official classifications; a bad row is refused by its line and nothing is loaded. */
@InvictaIT
class ClassificationLoadIT {

    private static final String HEADER = String.join(",", ClassificationFile.COLUMNS) + "\n";

    @Autowired
    ClassificationLoader loader;
    @Autowired
    Classifications classifications;

    @Test
    void aYearsClassificationsAreLoadedAndALoadAgainUpdatesThem(@TempDir Path directory) throws IOException {
        // An old year, so that the year the other tests record under stays the current one.
        var file = Files.writeString(directory.resolve("hocr-2019.csv"), HEADER
                + "46,0,Shoplifting,shoplifting,true,false,18\n"
                + "8N,0,\"Assault with injury, including on a constable\",violent-crime,true,true,8\n");

        assertThat(loader.load(ClassificationFile.read(file, "2019", loader.categoryCodes()))).isEqualTo(2);
        Files.writeString(file, HEADER + "46,0,Theft from a shop or stall,shoplifting,true,false,18\n");
        loader.load(ClassificationFile.read(file, "2019", loader.categoryCodes()));

        assertThat(classifications.of("2019", "46", "0")).get().extracting(c -> c.title()).isEqualTo("Theft from a shop or stall");
        assertThat(classifications.of("2019", "8N", "0")).get().satisfies(c -> {
            assertThat(c.violent()).isTrue();
            assertThat(c.title()).isEqualTo("Assault with injury, including on a constable");
        });
    }

    @Test
    void aMalformedRowIsRefusedWithItsLine(@TempDir Path directory) throws IOException {
        var file = Files.writeString(directory.resolve("bad.csv"), HEADER
                + "46,0,Shoplifting,shoplifting,true,false,18\n"
                + "49,0,Other theft,theft,true,false,19\n");

        assertThatThrownBy(() -> ClassificationFile.read(file, "2019", loader.categoryCodes()))
                .isInstanceOf(ClassificationFile.Malformed.class).hasMessage("line 3: \"theft\" is not a police.uk category code");
        assertThatThrownBy(() -> ClassificationFile.read(file, "19", loader.categoryCodes())).hasMessageContaining("four digits");
    }
}
