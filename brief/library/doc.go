// Package library keeps the user's library on disk: the articles loaded,
// in the user's order, with their titles, and the user's choices for the
// page (its title, the pinned and removed items, as page.Options). Every
// write goes through a temporary file that is synced and renamed, and a
// damaged file is moved aside and reported, never dropped: see Library.
//
// It may import the engine (package brief), package page (for Options) and
// the standard library; never fyne.io or the network.
package library
