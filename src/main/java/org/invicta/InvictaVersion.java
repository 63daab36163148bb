package org.invicta;

import picocli.CommandLine.IVersionProvider;

class InvictaVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = InvictaApplication.class.getPackage().getImplementationVersion();
        return new String[] {"Invicta " + (version == null ? "development build" : version)};
    }
}
