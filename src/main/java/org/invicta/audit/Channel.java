package org.invicta.audit;

/** How the act reached Invicta. */
public enum Channel {
    UI, API, EXPORT, PRINT, BATCH
}
