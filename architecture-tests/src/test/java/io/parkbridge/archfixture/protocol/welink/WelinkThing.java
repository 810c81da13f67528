package io.parkbridge.archfixture.protocol.welink;

import io.parkbridge.archfixture.adapter.http.Server;

/** Deliberately breaks the server rule. */
public class WelinkThing {
    Server server;
}
