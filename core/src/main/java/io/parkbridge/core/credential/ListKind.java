package io.parkbridge.core.credential;

/** White list (let in, free) or black list (refuse entry). */
public enum ListKind {
    WHITE, BLACK
}
