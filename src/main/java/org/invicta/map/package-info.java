/**
 * The force's own map, drawn from the statistical areas it covers (ONS LSOA boundaries, loaded as data):
 * an officer chooses where something happened by clicking it, with or without JavaScript, and learns the
 * area the point lies in. No tile server is needed: the map is an SVG drawn from the areas held.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: *"})
@NullMarked
package org.invicta.map;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
