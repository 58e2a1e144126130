// GNU readline's headers expect stdio.h first.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
