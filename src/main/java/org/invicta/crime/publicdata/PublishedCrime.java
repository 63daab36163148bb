package org.invicta.crime.publicdata;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One row of a police.uk street-level file, as published: the crime's persistent id (empty for
 * anti-social behaviour), its month, the anonymised "on or near" place and its LSOA, the public crime
 * type and the last outcome, each already mapped to its police.uk code.
 */
public record PublishedCrime(String importKey, String publishedId, YearMonth month, @Nullable Double longitude,
                             @Nullable Double latitude, String location, String lsoaCode, String lsoaName,
                             String categoryCode, String categoryName, @Nullable String outcomeCode) {
}
