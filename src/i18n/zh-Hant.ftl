# svc 的訊息（繁體中文）。每個 id 在每種語言中都有（有測試檢查），參數相同。
# id：help-/clap- 命令列，error- 錯誤，check- svc check。

## 命令列本身的用語

help-usage = 用法：
help-commands = 命令
help-command = 命令
help-arguments = 參數
help-global-options = 全域選項
help-options = 選項
help-examples = 範例：
help-default = 預設：{ $value }
help-values = 可填：{ $values }
help-env = 環境變數：{ $name }
error-heading = 錯誤：
error-because = 原因：
clap-unknown-argument = 無法識別的參數 `{ $arg }`
clap-unknown-command = 沒有 `{ $command }` 這個命令
clap-invalid-value = `{ $value }` 不是 { $arg } 可填的值；可填：{ $valid }
clap-bad-value = `{ $value }` 不適用於 { $arg }：{ $reason }
clap-missing = 缺少：{ $args }
clap-missing-command = 這裡需要一個命令
clap-conflict = { $arg } 不能與 { $other } 同用
clap-too-many = { $arg } 只能填一個值
clap-value-count = { $arg } 的值個數不對
clap-did-you-mean = 你是否想輸入 `{ $suggestion }`？
clap-more-help = 加上 --help 可看說明。

## svc check

severity-error = 錯誤
severity-warning = 警告
check-summary = { $files } 個檔案，{ $errors } 個錯誤，{ $warnings } 個警告{ $allowed ->
        [0] {""}
       *[other] ，另有 { $allowed } 個已允許
    }
