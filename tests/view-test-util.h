/* view-test-util.h: what the view tests share: the demo scrapbook, and a view of it in a window.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;     /* a folder of the test's own */
  char      *path;    /* the scrapbook in it */
  SvStore   *store;   /* with the demo trip */
  gint64     trip_id; /* the demo trip */
  GtkWindow *window;  /* 1280×800, showing the view */
  GtkWidget *view;
} ViewFixture;

/* gtk_test_init() and adw_init(); not G_TEST_OPTION_ISOLATE_DIRS, as GTK
 * needs the system's MIME database and icons. */
void view_test_init (int    *argc,
                     char ***argv);

/* Fills a scrapbook with the demo trip, gives VIEW (taken) the store and,
 * when it has a "trip-id", the demo trip, and shows it in a window. */
void view_fixture_setup (ViewFixture *f,
                         GtkWidget   *view);
void view_fixture_teardown (ViewFixture *f);

/* Lets GTK and the idles of the views do their pending work. */
void view_test_iterate (void);

/* A template child of the view, by its id. */
GObject *view_test_child (ViewFixture *f,
                          const char  *name);

/* The first widget below ROOT (ROOT included) of TYPE that MATCH accepts;
 * a NULL MATCH accepts any. */
GtkWidget *view_test_find_widget (GtkWidget *root,
                                  GType      type,
                                  gboolean (*match) (GtkWidget *widget, gconstpointer data),
                                  gconstpointer data);

/* A new reference to the entry of the trip with that title; fails the
 * test when there is none. */
SvEntry *view_test_find_entry (ViewFixture *f,
                               gint64       trip_id,
                               const char  *title);

/* A new trip with nothing in it; gives its id. */
gint64 view_test_add_trip (ViewFixture *f,
                           const char  *title);

/* Saves ENTRY, then lets the views follow. */
void view_test_save_entry (ViewFixture *f,
                           SvEntry     *entry);

G_END_DECLS
