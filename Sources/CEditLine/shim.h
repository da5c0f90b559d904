// libedit's readline-compatible API: Swift cannot call the native API's variadic functions.
#include <stdio.h>
#include <editline/readline.h>
