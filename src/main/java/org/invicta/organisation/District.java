package org.invicta.organisation;

/** A local policing district of a force, e.g. Kent's Thanet. */
public record District(String id, String name, int version) {
}
