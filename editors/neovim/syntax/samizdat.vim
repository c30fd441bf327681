" samizdat stories: a small regular-expression highlighting for Neovim and Vim.
" (VS Code and GitHub use the TextMate grammar in editors/vscode/syntaxes/.)
if exists("b:current_syntax")
  finish
endif

syn match samizdatComment "//.*$"
syn region samizdatComment start="/\*" end="\*/"
syn match samizdatScene "^\s*===.*$" contains=samizdatSceneMark,samizdatComment
syn match samizdatSceneMark "===\s*\(ending\s\+\)\?[a-z_][a-z0-9_]*" contained
syn match samizdatHeader "^\s*\(title\|author\|start\|include\)\>"
syn match samizdatDeclaration "^\s*\(stat\|flag\|var\)\>"
syn match samizdatKeyword "^\s*\(set\|label\|otherwise\|whenever\)\>"
syn match samizdatKeyword "^\s*\(if\|else\s\+if\|else\)\>"
syn match samizdatChoice "^\s*[*+]\(\s*([a-z_][a-z0-9_]*)\)\?"
syn match samizdatArrow "->\s*[a-z_][a-z0-9_]*\(\.[a-z_][a-z0-9_]*\)\?"
syn region samizdatBraces matchgroup=samizdatBrace start="{" end="}" contains=samizdatBraces,samizdatFunction,samizdatWord,samizdatNumber,samizdatString oneline
syn keyword samizdatWord and or not true false if contained
syn match samizdatFunction "\<\(seen\|visits\|chance\|roll\|min\|max\)\>\ze\s*(" contained
syn match samizdatNumber "\<[0-9]\+\>" contained
syn region samizdatString start=+"+ end=+"+ oneline

hi def link samizdatComment Comment
hi def link samizdatScene Title
hi def link samizdatSceneMark Statement
hi def link samizdatHeader PreProc
hi def link samizdatDeclaration Type
hi def link samizdatKeyword Keyword
hi def link samizdatChoice Statement
hi def link samizdatArrow Label
hi def link samizdatBrace Delimiter
hi def link samizdatWord Keyword
hi def link samizdatFunction Function
hi def link samizdatNumber Number
hi def link samizdatString String

let b:current_syntax = "samizdat"
