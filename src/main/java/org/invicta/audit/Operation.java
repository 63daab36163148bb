package org.invicta.audit;

/** The six kinds of processing DPA 2018 s.62(1) requires a log of. */
public enum Operation {
    COLLECT, ALTER, CONSULT, DISCLOSE, COMBINE, ERASE
}
