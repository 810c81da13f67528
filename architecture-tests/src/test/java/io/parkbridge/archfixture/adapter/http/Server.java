package io.parkbridge.archfixture.adapter.http;

import io.parkbridge.archfixture.adapter.cli.Command;

/** Deliberately breaks the CLI rule. */
public class Server {
    Command cli;
}
