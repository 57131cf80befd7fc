# svc's messages in English. Every id is in every language (a test checks), with the same
# arguments. Ids: help-/clap- the command line, error- errors, check- svc check.

## The command line's own words

help-usage = Usage:
help-commands = Commands
help-command = COMMAND
help-arguments = Arguments
help-global-options = Global options
help-options = Options
help-examples = Examples:
help-default = default: { $value }
help-values = values: { $values }
help-env = env: { $name }
error-heading = error:
error-because = because:
clap-unknown-argument = unexpected argument `{ $arg }`
clap-unknown-command = unknown command `{ $command }`
clap-invalid-value = `{ $value }` is not a value for { $arg }; values: { $valid }
clap-bad-value = `{ $value }` is not valid for { $arg }: { $reason }
clap-missing = missing: { $args }
clap-missing-command = a command is needed here
clap-conflict = { $arg } cannot be used with { $other }
clap-too-many = { $arg } takes one value
clap-value-count = { $arg } has the wrong number of values
clap-did-you-mean = did you mean `{ $suggestion }`?
clap-more-help = For more information, add --help.

## svc check

severity-error = error
severity-warning = warning
check-summary = { $files } { $files ->
        [one] file
       *[other] files
    }, { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }{ $allowed ->
        [0] {""}
       *[other] , { $allowed } allowed
    }
