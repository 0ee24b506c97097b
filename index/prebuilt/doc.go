// Package prebuilt keeps a report's index in a folder, so that a process
// opens it in milliseconds instead of analysing the report at start-up:
// `reportbot index --out DIR` writes the folder, and the commands given
// --index DIR open it.
//
// The folder holds manifest.json and one data folder it names, with the
// parsed report (document.json) and the index (search.StateFile and bleve's
// files). The manifest names what the index was built from: a hash of the
// report's text, the folder's Format, the Engine version and the index
// parameters; and every data file with its size and checksum. An index that
// does not match the report and the code at hand is stale; one whose files
// do not match the manifest is corrupt. Neither is ever served.
//
// Load, what the commands use, rebuilds a stale, corrupt or missing index
// in the folder when it can write there, and otherwise refuses with an
// error naming the folder and the reason. Writing is atomic: the data goes
// into a temporary folder that is renamed into place, and the manifest,
// written last by a rename, is what makes it the index. A crash leaves the
// old index, or no manifest, never a half index that looks whole.
package prebuilt
