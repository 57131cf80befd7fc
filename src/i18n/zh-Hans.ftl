# Generated from the Traditional catalogue by zhconv: do not edit by hand.
# svc 的讯息（繁体中文）。每个 id 在每种语言中都有（有测试检查），参数相同。
# id：help-/clap- 命令列，error- 错误，check- svc check。

## 命令列本身的用语

help-usage = 用法：
help-commands = 命令
help-command = 命令
help-arguments = 参数
help-global-options = 全域选项
help-options = 选项
help-examples = 范例：
help-default = 预设：{ $value }
help-values = 可填：{ $values }
help-env = 环境变数：{ $name }
error-heading = 错误：
error-because = 原因：
clap-unknown-argument = 无法识别的参数 `{ $arg }`
clap-unknown-command = 没有 `{ $command }` 这个命令
clap-invalid-value = `{ $value }` 不是 { $arg } 可填的值；可填：{ $valid }
clap-bad-value = `{ $value }` 不适用于 { $arg }：{ $reason }
clap-missing = 缺少：{ $args }
clap-missing-command = 这里需要一个命令
clap-conflict = { $arg } 不能与 { $other } 同用
clap-too-many = { $arg } 只能填一个值
clap-value-count = { $arg } 的值个数不对
clap-did-you-mean = 你是否想输入 `{ $suggestion }`？
clap-more-help = 加上 --help 可看说明。

## svc check

severity-error = 错误
severity-warning = 警告
check-summary = { $files } 个档案，{ $errors } 个错误，{ $warnings } 个警告{ $allowed ->
        [0] {""}
       *[other] ，另有 { $allowed } 个已允许
    }
