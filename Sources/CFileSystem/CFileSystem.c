#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

#include "CFileSystem.h"

int diglot_renameat2(int fromFolder, const char *from, int toFolder, const char *to, unsigned int flags) {
  return renameat2(fromFolder, from, toFolder, to, flags);
}

const unsigned int diglot_rename_noreplace = RENAME_NOREPLACE;
const unsigned int diglot_rename_exchange = RENAME_EXCHANGE;

int diglot_syncfs(int descriptor) { return syncfs(descriptor); }
