#ifndef DIGLOT_CFILESYSTEM_H
#define DIGLOT_CFILESYSTEM_H

/// `renameat2(2)`, which the Glibc module does not declare: renames `from` in the folder open as
/// `fromFolder` to `to` in the folder open as `toFolder`, with `flags`.
int diglot_renameat2(int fromFolder, const char *from, int toFolder, const char *to, unsigned int flags);

/// `RENAME_NOREPLACE`: fail if `to` exists.
extern const unsigned int diglot_rename_noreplace;

/// `RENAME_EXCHANGE`: swap `from` and `to`, which must both exist.
extern const unsigned int diglot_rename_exchange;

/// `syncfs(2)`, which the Glibc module does not declare: flushes the file system that holds the
/// file open as `descriptor`.
int diglot_syncfs(int descriptor);

#endif
