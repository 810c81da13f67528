package io.parkbridge.adapter.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code parkbridge completion}: a bash/zsh completion script generated from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script. Use:  source <(parkbridge completion)",
                "(zsh: autoload -U +X bashcompinit && bashcompinit first)."})
final class CompletionCommand extends CliCommand {
    @Override
    public Integer call() {
        out().print(AutoComplete.bash("parkbridge", spec.root().commandLine()));
        out().flush();
        return 0;
    }
}
