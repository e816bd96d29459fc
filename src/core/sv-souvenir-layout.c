/* sv-souvenir-layout.c: a trip laid out as printed pages, for print and PDF.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sv-date.h"
#include "sv-geo.h"
#include "sv-souvenir-layout.h"
#include "sv-uri.h"

/* The photo page holds this many, so that each stays big enough to see. */
#define MAX_PHOTOS    6
#define MAX_TOP_TALKS 5
/* A decoded photo keeps at most this many pixels on its long side: about
 * 300 dpi at the largest size the photo page prints it. */
#define MAX_PHOTO_PIXELS 1600
/* Days listed between the first and the last day of the trip, at most: a
 * mistyped year must not make a thousand empty pages. */
#define MAX_EMPTY_DAYS 62

#define FOOTER_HEIGHT 24.0
#define EARTH_RADIUS  6378137.0

/* Type sizes, in points. */
#define SIZE_SECTION 22.0
#define SIZE_DAY     15.0
#define SIZE_TITLE   11.0
#define SIZE_BODY    9.5
#define SIZE_META    8.5
#define SIZE_KICKER  7.5
#define SIZE_FOOTER  7.5

typedef struct
{
  double r, g, b, a;
} Rgba;

/* The GNOME palette, darkened where text must read on paper. */
static const Rgba INK = { 0.14, 0.12, 0.19, 1 };
static const Rgba MUTED = { 0.37, 0.36, 0.39, 1 };
static const Rgba ACCENT = { 0.10, 0.37, 0.71, 1 };
static const Rgba ACCENT_DARK = { 0.07, 0.25, 0.50, 1 };
static const Rgba HIGHLIGHT = { 0.90, 0.38, 0.00, 1 };
static const Rgba RULE = { 0.80, 0.79, 0.78, 1 };
static const Rgba TINT = { 0.96, 0.96, 0.95, 1 };
static const Rgba WHITE = { 1, 1, 1, 1 };
static const Rgba MAP_PAPER = { 0.93, 0.95, 0.96, 1 };
static const Rgba GOLD = { 0.90, 0.65, 0.04, 1 }; /* STAR_ON */

#define STAR_ON  "#e5a50a"
#define STAR_OFF "#c0bfbc"

/* Drawn things ------------------------------------------------------------ */

typedef enum {
  ITEM_TEXT,
  ITEM_RECT,
  ITEM_IMAGE,
  ITEM_PIN,
} ItemKind;

typedef struct
{
  ItemKind    kind;
  const char *role; /* the kind of box reported */
  /* The box: everything the item draws is inside it. */
  double x;
  double y;
  double width;
  double height;
  Rgba   color;

  /* ITEM_RECT: corner radius; a positive line width strokes instead. */
  double radius;
  double line_width;

  /* ITEM_TEXT: lines [first_line, first_line + n_lines) of the layout,
   * whose own origin is at (ox, oy). */
  PangoLayout *layout;
  int          first_line;
  int          n_lines;
  double       ox;
  double       oy;
  char        *link;

  /* ITEM_IMAGE */
  cairo_surface_t *surface;
} Item;

/* Where each line of a layout is, in points from the layout's origin. */
typedef struct
{
  double top;
  double bottom;
  double baseline;
  double x;
  /* what the line covers, ink and logical extents together */
  double x0;
  double x1;
  double y0;
  double y1;
} LineGeometry;

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->surface, cairo_surface_destroy);
  g_free (item->link);
  g_free (item);
}

static Item *
item_copy (const Item *item)
{
  Item *copy = g_memdup2 (item, sizeof *item);

  if (copy->layout != NULL)
    g_object_ref (copy->layout);
  if (copy->surface != NULL)
    cairo_surface_reference (copy->surface);
  copy->link = g_strdup (item->link);
  return copy;
}

static void
item_move (Item  *item,
           double dx,
           double dy)
{
  item->x += dx;
  item->y += dy;
  item->ox += dx;
  item->oy += dy;
}

static GArray *
get_lines (PangoLayout *layout)
{
  GArray          *lines = g_object_get_data (G_OBJECT (layout), "sv-lines");
  PangoLayoutIter *iter;

  if (lines != NULL)
    return lines;

  lines = g_array_new (FALSE, FALSE, sizeof (LineGeometry));
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle ink;
      PangoRectangle logical;
      LineGeometry   line;

      pango_layout_iter_get_line_extents (iter, &ink, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      line.x0 = line.x;
      line.x1 = line.x + (double) logical.width / PANGO_SCALE;
      line.y0 = line.top;
      line.y1 = line.bottom;
      if (ink.width > 0 && ink.height > 0)
        {
          line.x0 = MIN (line.x0, (double) ink.x / PANGO_SCALE);
          line.x1 = MAX (line.x1, (double) (ink.x + ink.width) / PANGO_SCALE);
          line.y0 = MIN (line.y0, (double) ink.y / PANGO_SCALE);
          line.y1 = MAX (line.y1, (double) (ink.y + ink.height) / PANGO_SCALE);
        }
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_object_set_data_full (G_OBJECT (layout), "sv-lines", lines, (GDestroyNotify) g_array_unref);
  return lines;
}

static void
text_item_update_box (Item *item)
{
  GArray *lines = get_lines (item->layout);
  double  x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (int i = item->first_line; i < item->first_line + item->n_lines; i++)
    {
      const LineGeometry *line = &g_array_index (lines, LineGeometry, i);

      x0 = MIN (x0, line->x0);
      x1 = MAX (x1, line->x1);
      y0 = MIN (y0, line->y0);
      y1 = MAX (y1, line->y1);
    }

  item->x = item->ox + x0;
  item->y = item->oy + y0;
  item->width = x1 - x0;
  item->height = y1 - y0;
}

/* Adds the whole of LAYOUT with its origin at (X, Y); gives its height. */
static double
add_text (GPtrArray   *items,
          PangoLayout *layout,
          double       x,
          double       y,
          const Rgba  *color)
{
  Item *item = g_new0 (Item, 1);
  int   height;

  item->kind = ITEM_TEXT;
  item->role = "text";
  item->layout = g_object_ref (layout);
  item->first_line = 0;
  item->n_lines = pango_layout_get_line_count (layout);
  item->ox = x;
  item->oy = y;
  item->color = *color;
  text_item_update_box (item);
  g_ptr_array_add (items, item);

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static Item *
add_rect (GPtrArray  *items,
          const char *role,
          double      x,
          double      y,
          double      width,
          double      height,
          const Rgba *color)
{
  Item *item = g_new0 (Item, 1);

  item->kind = ITEM_RECT;
  item->role = role;
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  item->color = *color;
  g_ptr_array_add (items, item);
  return item;
}

static void
add_rule (GPtrArray *items,
          double     x,
          double     y,
          double     width)
{
  add_rect (items, "rule", x, y, width, 0.6, &RULE);
}

static void
add_image (GPtrArray       *items,
           const char      *role,
           cairo_surface_t *surface,
           double           x,
           double           y,
           double           width,
           double           height)
{
  Item *item = g_new0 (Item, 1);

  item->kind = ITEM_IMAGE;
  item->role = role;
  item->surface = cairo_surface_reference (surface);
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  g_ptr_array_add (items, item);
}

/* A block: things that go down the page together, at coordinates from the
 * block's top-left corner. It splits between lines of text when it does
 * not fit, and never through anything else. */
typedef struct
{
  GPtrArray *items;
  double     height;
  double     space_before;
  double     keep; /* room needed after it on the same page (headings) */
} Block;

static Block *
block_new (double space_before)
{
  Block *block = g_new0 (Block, 1);

  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  block->space_before = space_before;
  return block;
}

static void
block_free (Block *block)
{
  g_ptr_array_unref (block->items);
  g_free (block);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Block, block_free)

/* The largest height not above AVAILABLE where BLOCK can be cut: between
 * two lines of every text it crosses, and through no image or pin. */
static double
block_find_cut (Block *block,
                double available)
{
  double   cut = available;
  gboolean changed = TRUE;

  while (changed && cut > 0)
    {
      changed = FALSE;
      for (guint i = 0; i < block->items->len; i++)
        {
          Item  *item = g_ptr_array_index (block->items, i);
          double limit = cut;

          if (item->y >= cut || item->y + item->height <= cut)
            continue;

          /* Bars and rules beside text go on over the page break. */
          if (item->kind == ITEM_RECT && item->radius == 0)
            continue;

          if (item->kind == ITEM_TEXT)
            {
              GArray *lines = get_lines (item->layout);

              limit = item->y;
              for (int l = item->first_line + 1; l < item->first_line + item->n_lines; l++)
                {
                  const LineGeometry *line = &g_array_index (lines, LineGeometry, l);
                  const LineGeometry *above = &g_array_index (lines, LineGeometry, l - 1);

                  /* Cut only where the lines above end, ink included. */
                  if (item->oy + line->top <= cut && item->oy + above->y1 <= cut)
                    limit = item->oy + line->top;
                }
            }
          else
            limit = item->y;

          if (limit < cut)
            {
              cut = MAX (limit, 0);
              changed = TRUE;
            }
        }
    }

  return cut;
}

/* Moves what lies below CUT from BLOCK into a new block, which it gives. */
static Block *
block_split (Block *block,
             double cut)
{
  Block *tail = block_new (0);
  g_autoptr (GPtrArray) head = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = g_ptr_array_index (block->items, i);

      if (item->y + item->height <= cut + 0.01)
        g_ptr_array_add (head, item_copy (item));
      else if (item->y >= cut - 0.01)
        {
          Item *moved = item_copy (item);

          item_move (moved, 0, -cut);
          g_ptr_array_add (tail->items, moved);
        }
      else if (item->kind == ITEM_TEXT)
        {
          GArray *lines = get_lines (item->layout);
          Item   *top = item_copy (item);
          Item   *bottom = item_copy (item);
          int     n_top = 0;

          while (n_top < item->n_lines &&
                 item->oy + g_array_index (lines, LineGeometry, item->first_line + n_top).top < cut - 0.01)
            n_top++;

          top->n_lines = n_top;
          bottom->first_line = item->first_line + n_top;
          bottom->n_lines = item->n_lines - n_top;
          bottom->oy -= cut;
          text_item_update_box (top);
          text_item_update_box (bottom);
          g_ptr_array_add (head, top);
          g_ptr_array_add (tail->items, bottom);
        }
      else
        {
          /* Rectangles (rules, bars beside text) continue on the next page. */
          Item *top = item_copy (item);
          Item *bottom = item_copy (item);

          top->height = cut - item->y;
          bottom->y = 0;
          bottom->height = item->y + item->height - cut;
          g_ptr_array_add (head, top);
          g_ptr_array_add (tail->items, bottom);
        }
    }

  g_ptr_array_unref (block->items);
  block->items = g_steal_pointer (&head);
  tail->height = block->height - cut;
  block->height = cut;
  return tail;
}

/* The layout ---------------------------------------------------------------- */

typedef struct
{
  SvPhoto         *photo;
  GBytes          *bytes;
  char            *caption;
  cairo_surface_t *surface;
  gboolean         decoded;
} Photo;

static void
photo_free (Photo *photo)
{
  g_clear_object (&photo->photo);
  g_clear_pointer (&photo->bytes, g_bytes_unref);
  g_clear_pointer (&photo->surface, cairo_surface_destroy);
  g_free (photo->caption);
  g_free (photo);
}

struct _SvSouvenirLayout
{
  GObject parent_instance;

  /* owned */
  SvTrip       *trip;
  GPtrArray    *entries; /* SvEntry, timeline order, private ones left out */
  GPtrArray    *places;  /* SvPlace with a location */
  GPtrArray    *photos;  /* Photo */
  GPtrArray    *pages;   /* GPtrArray of Item */
  PangoContext *context;
  char         *font_family;
  char         *tile_dir;

  SvSouvenirPhotoDecoder decoder;
  gpointer               decoder_data;
  GDestroyNotify         decoder_destroy;

  /* borrowed, from entries */
  SvEntry *favourite_talk;
  SvEntry *favourite_meal;

  SvTripStats stats;
  double      page_width;
  double      page_height;
  double      margin;
};

G_DEFINE_FINAL_TYPE (SvSouvenirLayout, sv_souvenir_layout, G_TYPE_OBJECT)

G_DEFINE_QUARK (sv_souvenir_error_quark, sv_souvenir_error)

static void
sv_souvenir_layout_finalize (GObject *object)
{
  SvSouvenirLayout *self = SV_SOUVENIR_LAYOUT (object);

  if (self->decoder_destroy != NULL)
    self->decoder_destroy (self->decoder_data);
  g_clear_object (&self->trip);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->photos, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->tile_dir, g_free);

  G_OBJECT_CLASS (sv_souvenir_layout_parent_class)->finalize (object);
}

static void
sv_souvenir_layout_class_init (SvSouvenirLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sv_souvenir_layout_finalize;
}

static gboolean
has_font_family (PangoFontMap *font_map,
                 const char   *name)
{
  PangoFontFamily **families = NULL;
  int               n_families = 0;
  gboolean          found = FALSE;

  pango_font_map_list_families (font_map, &families, &n_families);
  for (int i = 0; i < n_families && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);
  return found;
}

/* libshumate 1.0 keeps downloaded tiles in $XDG_CACHE_HOME/shumate/KEY/Z/X/Y.png,
 * where KEY is the source's URL template with every character that is not
 * a letter or a digit turned into '_'. */
static char *
dup_osm_tile_dir (void)
{
  g_autofree char *key = g_strdup ("https://tile.openstreetmap.org/{z}/{x}/{y}.png");

  for (char *p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = '_';

  return g_build_filename (g_get_user_cache_dir (), "shumate", key, NULL);
}

static void
sv_souvenir_layout_init (SvSouvenirLayout *self)
{
  PangoFontMap         *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Measured at 72 dpi without hinting, glyph advances are those of the
   * font itself: the same on paper, in a PDF and in the print preview, so
   * that lines break in the same places whatever draws them. */
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  /* GNOME's own typeface when it is installed. */
  self->font_family = g_strdup (has_font_family (font_map, "Cantarell") ? "Cantarell" : "sans");
  self->tile_dir = dup_osm_tile_dir ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

/* Loading ------------------------------------------------------------------- */

static int
talk_score (SvEntry *entry)
{
  SvTalk *talk = sv_entry_get_talk (entry);

  return sv_entry_get_rating (entry) * 4 +
         (talk != NULL && sv_talk_get_recommended (talk) ? 2 : 0) +
         (sv_entry_get_highlight (entry) ? 1 : 0);
}

/* Talks the user saw and rated: their own talk and the ones still to
 * watch are not theirs to rank. */
static gboolean
is_rated_talk (SvEntry *entry)
{
  SvTalk *talk = sv_entry_get_talk (entry);

  if (!sv_entry_kind_is_talk (sv_entry_get_kind (entry)) || sv_entry_get_rating (entry) == 0)
    return FALSE;
  return talk == NULL || sv_talk_get_role (talk) == SV_TALK_ROLE_ATTENDED;
}

static gboolean
is_watch_later (SvEntry *entry)
{
  SvTalk *talk = sv_entry_get_talk (entry);

  return sv_entry_kind_is_talk (sv_entry_get_kind (entry)) &&
         talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_WATCH_LATER;
}

static void
find_favourites (SvSouvenirLayout *self)
{
  int best_rank = G_MAXINT;
  int best_score = 0;

  for (guint i = 0; i < self->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (self->entries, i);
      SvMeal  *meal = sv_entry_get_meal (entry);

      /* Ties go to the earlier talk: the first one that struck. */
      if (is_rated_talk (entry) && talk_score (entry) > best_score)
        {
          best_score = talk_score (entry);
          self->favourite_talk = entry;
        }

      if (meal != NULL && sv_meal_get_favourite_rank (meal) > 0 &&
          sv_meal_get_favourite_rank (meal) < best_rank)
        {
          best_rank = sv_meal_get_favourite_rank (meal);
          self->favourite_meal = entry;
        }
    }
}

static gboolean
load_photos (SvSouvenirLayout *self,
             SvStore          *store,
             GError          **error)
{
  self->photos = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_free);

  for (guint i = 0; i < self->entries->len && self->photos->len < MAX_PHOTOS; i++)
    {
      SvEntry *entry = g_ptr_array_index (self->entries, i);
      g_autoptr (GPtrArray) photos = NULL;

      if (!sv_entry_get_highlight (entry) || sv_entry_get_first_photo_id (entry) == 0)
        continue;

      photos = sv_store_list_photos (store, sv_entry_get_id (entry), error);
      if (photos == NULL)
        return FALSE;

      for (guint j = 0; j < photos->len && self->photos->len < MAX_PHOTOS; j++)
        {
          SvPhoto *photo = g_ptr_array_index (photos, j);
          Photo   *item = g_new0 (Photo, 1);

          item->photo = g_object_ref (photo);
          item->caption = g_strdup (sv_photo_get_caption (photo) ? sv_photo_get_caption (photo)
                                                                 : sv_entry_get_title (entry));
          g_ptr_array_add (self->photos, item);
          item->bytes = sv_store_load_photo_bytes (store, sv_photo_get_id (photo), error);
          if (item->bytes == NULL)
            return FALSE;
        }
    }

  return TRUE;
}

SvSouvenirLayout *
sv_souvenir_layout_new (SvStore *store,
                        gint64   trip_id,
                        GError **error)
{
  g_autoptr (SvSouvenirLayout) self = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) places = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SV_TYPE_SOUVENIR_LAYOUT, NULL);

  self->trip = sv_store_get_trip (store, trip_id, error);
  if (self->trip == NULL)
    return NULL;

  if (!sv_store_get_trip_stats (store, trip_id, &self->stats, error))
    return NULL;

  entries = sv_store_list_entries (store, trip_id, error);
  if (entries == NULL)
    return NULL;

  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      if (!sv_entry_get_private (entry))
        g_ptr_array_add (self->entries, g_object_ref (entry));
    }

  places = sv_store_list_places (store, trip_id, error);
  if (places == NULL)
    return NULL;

  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (places, i);

      if (sv_place_get_has_location (place))
        g_ptr_array_add (self->places, g_object_ref (place));
    }

  if (!load_photos (self, store, error))
    return NULL;

  find_favourites (self);
  return g_steal_pointer (&self);
}

const char *
sv_souvenir_layout_get_title (SvSouvenirLayout *self)
{
  g_return_val_if_fail (SV_IS_SOUVENIR_LAYOUT (self), NULL);

  return sv_trip_get_title (self->trip);
}

void
sv_souvenir_layout_set_photo_decoder (SvSouvenirLayout      *self,
                                      SvSouvenirPhotoDecoder decoder,
                                      gpointer               user_data,
                                      GDestroyNotify         destroy)
{
  g_return_if_fail (SV_IS_SOUVENIR_LAYOUT (self));

  if (self->decoder_destroy != NULL)
    self->decoder_destroy (self->decoder_data);
  self->decoder = decoder;
  self->decoder_data = user_data;
  self->decoder_destroy = destroy;

  for (guint i = 0; i < self->photos->len; i++)
    {
      Photo *photo = g_ptr_array_index (self->photos, i);

      g_clear_pointer (&photo->surface, cairo_surface_destroy);
      photo->decoded = FALSE;
    }
}

void
sv_souvenir_layout_set_tile_dir (SvSouvenirLayout *self,
                                 const char       *dir)
{
  g_return_if_fail (SV_IS_SOUVENIR_LAYOUT (self));

  g_free (self->tile_dir);
  self->tile_dir = g_strdup (dir);
}

/* Photos and tiles ------------------------------------------------------------ */

typedef struct
{
  const guint8 *data;
  gsize         size;
  gsize         offset;
} ReadClosure;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  ReadClosure *read = closure;

  if (read->size - read->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, read->data + read->offset, length);
  read->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes  *bytes,
            GError **error)
{
  ReadClosure      closure = { 0 };
  cairo_surface_t *surface;

  closure.data = g_bytes_get_data (bytes, &closure.size);
  surface = cairo_image_surface_create_from_png_stream (read_png, &closure);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The image cannot be read."));
      return NULL;
    }
  return surface;
}

static cairo_surface_t *
decode_photo_default (GBytes     *bytes,
                      const char *mime_type,
                      gpointer    user_data,
                      GError    **error)
{
  /* cairo reads PNG only; the application passes a decoder for the rest. */
  if (g_strcmp0 (mime_type, "image/png") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("Images of type %s cannot be printed here."), mime_type);
      return NULL;
    }
  return decode_png (bytes, error);
}

/* A copy no larger than MAX_PHOTO_PIXELS, so that a camera's 24 megapixels
 * do not go into every PDF whole. */
static cairo_surface_t *
shrink_surface (cairo_surface_t *surface)
{
  int              width = cairo_image_surface_get_width (surface);
  int              height = cairo_image_surface_get_height (surface);
  double           scale = (double) MAX_PHOTO_PIXELS / MAX (width, height);
  cairo_surface_t *small;
  cairo_t         *cr;

  if (scale >= 1)
    return cairo_surface_reference (surface);

  small = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (1, (int) (width * scale)), MAX (1, (int) (height * scale)));
  cr = cairo_create (small);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_destroy (cr);
  return small;
}

static void
decode_photos (SvSouvenirLayout *self)
{
  for (guint i = 0; i < self->photos->len; i++)
    {
      Photo *photo = g_ptr_array_index (self->photos, i);
      g_autoptr (GError) error = NULL;
      cairo_surface_t *surface;

      if (photo->decoded)
        continue;
      photo->decoded = TRUE;

      if (self->decoder != NULL)
        surface = self->decoder (photo->bytes, sv_photo_get_mime_type (photo->photo), self->decoder_data, &error);
      else
        surface = decode_photo_default (photo->bytes, sv_photo_get_mime_type (photo->photo), NULL, &error);

      /* Printing goes on without it: the page shows an empty frame. */
      if (surface == NULL)
        {
          g_debug ("Photo %" G_GINT64_FORMAT " is left out: %s", sv_photo_get_id (photo->photo), error->message);
          continue;
        }

      photo->surface = shrink_surface (surface);
      cairo_surface_destroy (surface);
    }
}

/* Text ---------------------------------------------------------------------- */

typedef enum {
  STYLE_REGULAR = 0,
  STYLE_BOLD = 1 << 0,
  STYLE_ITALIC = 1 << 1,
  STYLE_CENTER = 1 << 2,
  STYLE_RIGHT = 1 << 3,
  STYLE_LIGHT = 1 << 4,
} Style;

static PangoLayout *
make_layout (SvSouvenirLayout *self,
             const char       *markup,
             double            width,
             double            size,
             Style             style)
{
  PangoLayout          *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, self->font_family);
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  if (style & STYLE_BOLD)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  if (style & STYLE_LIGHT)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_LIGHT);
  if (style & STYLE_ITALIC)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* Words first; a word wider than the line (a URL) breaks where it must
   * rather than run past the margin. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (style & STYLE_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style & STYLE_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

/* Small capitals in spirit: letter-spaced upper case. */
static char *
kicker_markup (const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  return g_markup_printf_escaped ("<span letter_spacing=\"600\">%s</span>", upper);
}

static char *
stars_markup (int rating)
{
  GString *markup = g_string_new (NULL);

  if (rating <= 0)
    return g_string_free (markup, FALSE);

  g_string_append (markup, "<span foreground=\"" STAR_ON "\">");
  for (int i = 0; i < rating; i++)
    g_string_append (markup, "★");
  g_string_append (markup, "</span><span foreground=\"" STAR_OFF "\">");
  for (int i = rating; i < 5; i++)
    g_string_append (markup, "☆");
  g_string_append (markup, "</span>");
  return g_string_free (markup, FALSE);
}

static char *
join_speakers (SvEntry *entry)
{
  const char * const *speakers = sv_entry_get_speakers (entry);

  /* Translators: between the names of a talk's speakers */
  return speakers != NULL ? g_strjoinv (_ (", "), (char **) speakers) : NULL;
}

/* "a · b · c" of the N_PARTS strings that are set (any may be NULL);
 * escaped. */
static char *
meta_markup (guint n_parts,
             ...)
{
  GString *markup = g_string_new (NULL);
  va_list  args;

  va_start (args, n_parts);
  for (guint i = 0; i < n_parts; i++)
    {
      const char      *part = va_arg (args, const char *);
      g_autofree char *escaped = NULL;

      if (part == NULL || *part == '\0')
        continue;
      escaped = g_markup_escape_text (part, -1);
      if (markup->len > 0)
        g_string_append (markup, "  ·  ");
      g_string_append (markup, escaped);
    }
  va_end (args);
  return g_string_free (markup, FALSE);
}

/* Pages --------------------------------------------------------------------- */

typedef struct
{
  SvSouvenirLayout *self;
  double            left;
  double            top;
  double            width;
  double            bottom;
  double            y;
  GPtrArray        *page;
} Flow;

static void
flow_new_page (Flow *flow)
{
  flow->page = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = flow->top;
}

static gboolean
flow_is_fresh (Flow *flow)
{
  return flow->y <= flow->top;
}

static void
flow_place (Flow  *flow,
            Block *block)
{
  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = g_ptr_array_index (block->items, i);

      item_move (item, flow->left, flow->y);
    }
  g_ptr_array_extend_and_steal (flow->page, g_steal_pointer (&block->items));
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  flow->y += block->height;
}

/* Puts BLOCK on the current page, breaking to new pages as needed, and
 * frees it. */
static void
flow_add (Flow  *flow,
          Block *block)
{
  if (!flow_is_fresh (flow))
    flow->y += block->space_before;

  while (block != NULL)
    {
      double available = flow->bottom - flow->y;
      double cut;
      Block *rest;

      if (block->height + block->keep <= available + 0.01 ||
          (flow_is_fresh (flow) && block->height <= available + 0.01))
        break;

      cut = block->keep > 0 ? 0 : block_find_cut (block, available);
      /* A sliver at the foot of a page reads as a mistake. */
      if (cut < MIN (block->height, 3 * SIZE_BODY) && !flow_is_fresh (flow))
        {
          flow_new_page (flow);
          continue;
        }

      if (cut <= 0)
        {
          /* Taller than a page and nowhere to cut: nothing the sections
           * below build is. */
          g_critical ("A block of %.0f pt does not fit in %.0f pt", block->height, available);
          break;
        }

      rest = block_split (block, cut);
      flow_place (flow, block);
      block_free (block);
      flow_new_page (flow);
      block = rest;
    }

  flow_place (flow, block);
  block_free (block);
}

static Block *
section_heading (SvSouvenirLayout *self,
                 const char       *title,
                 double            width)
{
  Block           *block = block_new (26);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  g_autoptr (PangoLayout) layout = make_layout (self, markup, width, SIZE_SECTION, STYLE_BOLD);
  double height = add_text (block->items, layout, 0, 0, &ACCENT_DARK);

  add_rect (block->items, "rule", 0, height + 5, width, 1.6, &ACCENT);
  block->height = height + 5 + 1.6 + 10;
  block->keep = 72;
  return block;
}

static void
add_section (Flow       *flow,
             const char *title)
{
  flow_add (flow, section_heading (flow->self, title, flow->width));
}

/* An entry as the sections show it: a left column (time, rank), a title
 * with stars at the right, a line of details, links and notes. */
typedef struct
{
  const char *gutter; /* markup */
  double      gutter_size;
  Style       gutter_style;
  const Rgba *gutter_color;
  const char *title;
  double      title_size;
  int         rating;
  const char *meta; /* markup */
  const char *links[2][2];
  const char *body;
  gboolean    italic_body;
  gboolean    highlight;
} EntryParts;

#define GUTTER_WIDTH 46.0

static Block *
entry_block (SvSouvenirLayout *self,
             const EntryParts *parts,
             double            width)
{
  Block           *block = block_new (9);
  double           content_w = width - GUTTER_WIDTH;
  double           stars_w = 0;
  double           y = 0;
  g_autofree char *title = g_markup_escape_text (parts->title ? parts->title : _ ("Untitled"), -1);
  g_autoptr (PangoLayout) title_layout = NULL;

  if (parts->rating > 0)
    {
      g_autofree char *stars = stars_markup (parts->rating);
      g_autoptr (PangoLayout) layout = make_layout (self, stars, -1, 10, STYLE_REGULAR);

      stars_w = layout_width (layout);
      add_text (block->items, layout, width - stars_w, 1, &INK);
    }

  title_layout = make_layout (self, title, content_w - (stars_w > 0 ? stars_w + 10 : 0),
                              parts->title_size > 0 ? parts->title_size : SIZE_TITLE, STYLE_BOLD);
  y += add_text (block->items, title_layout, GUTTER_WIDTH, 0, &INK);

  if (parts->gutter != NULL)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, parts->gutter, GUTTER_WIDTH - 10,
                                                    parts->gutter_size > 0 ? parts->gutter_size : SIZE_META,
                                                    parts->gutter_style);
      /* On the title's baseline. */
      double baseline = (double) (pango_layout_get_baseline (title_layout) - pango_layout_get_baseline (layout)) / PANGO_SCALE;

      add_text (block->items, layout, 0, MAX (0, baseline), parts->gutter_color ? parts->gutter_color : &MUTED);
    }

  if (parts->meta != NULL && *parts->meta != '\0')
    {
      g_autoptr (PangoLayout) layout = make_layout (self, parts->meta, content_w, SIZE_META, STYLE_REGULAR);

      y += 2;
      y += add_text (block->items, layout, GUTTER_WIDTH, y, &MUTED);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts->links); i++)
    {
      const char      *label = parts->links[i][0];
      const char      *uri = parts->links[i][1];
      g_autofree char *markup = NULL;
      g_autoptr (PangoLayout) layout = NULL;
      Item *item;

      if (label == NULL)
        continue;

      if (uri != NULL)
        markup = g_markup_printf_escaped ("%s  <span foreground=\"#1a5fb4\" insert_hyphens=\"false\">%s</span>", label, uri);
      else
        markup = g_markup_printf_escaped ("<i>%s</i>", label);
      layout = make_layout (self, markup, content_w, SIZE_META, STYLE_REGULAR);
      y += 2;
      y += add_text (block->items, layout, GUTTER_WIDTH, y, &MUTED);
      item = g_ptr_array_index (block->items, block->items->len - 1);
      if (uri != NULL && sv_uri_is_web (uri))
        item->link = g_strdup (uri);
    }

  if (parts->body != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (parts->body, -1);
      g_autoptr (PangoLayout) layout = make_layout (self, markup, content_w, SIZE_BODY,
                                                    parts->italic_body ? STYLE_ITALIC : STYLE_REGULAR);

      pango_layout_set_line_spacing (layout, 1.25);
      y += 4;
      y += add_text (block->items, layout, GUTTER_WIDTH, y, &INK);
    }

  if (parts->highlight)
    add_rect (block->items, "bar", GUTTER_WIDTH - 9, 1, 2.5, y - 1, &HIGHLIGHT);

  block->height = y;
  return block;
}

static char *
format_price (SvMeal *meal)
{
  double price = sv_meal_get_price (meal);

  if (price < 0)
    return NULL;
  if (price == floor (price))
    return g_strdup_printf ("%.0f %s", price, sv_meal_get_currency (meal) ? sv_meal_get_currency (meal) : "");
  return g_strdup_printf ("%.2f %s", price, sv_meal_get_currency (meal) ? sv_meal_get_currency (meal) : "");
}

static char *
entry_meta (SvEntry *entry,
            gboolean with_day,
            gboolean with_place)
{
  SvTalk          *talk = sv_entry_get_talk (entry);
  SvMeal          *meal = sv_entry_get_meal (entry);
  g_autofree char *day = with_day ? sv_date_format_day (sv_entry_get_day (entry)) : NULL;
  g_autofree char *plain = NULL;
  const char      *badge = NULL;

  if (meal != NULL)
    {
      g_autofree char *price = format_price (meal);

      return meta_markup (5, sv_meal_type_get_label (sv_meal_get_meal_type (meal)),
                          day, with_place ? sv_entry_get_place_name (entry) : NULL,
                          sv_meal_get_dishes (meal), price);
    }

  if (talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_PRESENTED)
    badge = _ ("My talk");
  else if (talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_WATCH_LATER)
    badge = sv_talk_role_get_label (SV_TALK_ROLE_WATCH_LATER);
  else if (talk != NULL && sv_talk_get_recommended (talk))
    badge = _ ("Recommended");

  if (sv_entry_kind_is_talk (sv_entry_get_kind (entry)))
    {
      g_autofree char *speakers = join_speakers (entry);
      g_autofree char *meta = meta_markup (4, sv_entry_kind_get_label (sv_entry_get_kind (entry)),
                                           speakers, day,
                                           talk ? sv_talk_get_room (talk) : NULL);
      g_autofree char *escaped = NULL;

      if (badge == NULL)
        return g_steal_pointer (&meta);
      escaped = g_markup_escape_text (badge, -1);
      return g_strdup_printf ("%s  ·  <span foreground=\"#c64600\" weight=\"bold\">%s</span>", meta, escaped);
    }

  plain = meta_markup (3, sv_entry_kind_get_label (sv_entry_get_kind (entry)), day,
                       sv_entry_get_place_name (entry));
  return g_steal_pointer (&plain);
}

/* Cover --------------------------------------------------------------------- */

static double
add_stat (SvSouvenirLayout *self,
          GPtrArray        *items,
          double            x,
          double            y,
          double            width,
          guint             value,
          const char       *label)
{
  g_autofree char *number = g_strdup_printf ("%u", value);
  g_autofree char *kicker = kicker_markup (label);
  g_autoptr (PangoLayout) number_layout = make_layout (self, number, width, 26, STYLE_BOLD | STYLE_CENTER);
  g_autoptr (PangoLayout) label_layout = make_layout (self, kicker, width, SIZE_KICKER, STYLE_CENTER);
  double height = add_text (items, number_layout, x, y, &ACCENT);

  return height + add_text (items, label_layout, x, y + height, &MUTED);
}

/* A card of the cover: a kicker, a title, a line and stars. */
static double
add_card (SvSouvenirLayout *self,
          GPtrArray        *items,
          double            x,
          double            y,
          double            width,
          double            height,
          const char       *kicker,
          const char       *title,
          const char       *meta,
          int               rating)
{
  double           pad = 14;
  double           inner = width - 2 * pad;
  double           h = pad;
  g_autofree char *kicker_text = kicker_markup (kicker);
  g_autofree char *title_text = g_markup_escape_text (title, -1);
  g_autofree char *meta_text = meta ? g_markup_escape_text (meta, -1) : NULL;
  g_autofree char *stars = stars_markup (rating);
  g_autoptr (GPtrArray) content = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr (PangoLayout) kicker_layout = make_layout (self, kicker_text, inner, SIZE_KICKER, STYLE_BOLD);
  g_autoptr (PangoLayout) title_layout = make_layout (self, title_text, inner, 13, STYLE_BOLD);
  Item *card;

  /* A card is one page's ornament: an endless title ends in "…" here and
   * is printed whole in its section. */
  pango_layout_set_height (title_layout, -4);
  pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);

  h += add_text (content, kicker_layout, x + pad, y + h, &ACCENT);
  h += 5;
  h += add_text (content, title_layout, x + pad, y + h, &INK);
  if (meta_text != NULL)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, meta_text, inner, 9, STYLE_REGULAR);

      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      h += 3;
      h += add_text (content, layout, x + pad, y + h, &MUTED);
    }
  if (rating > 0)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, stars, -1, 12, STYLE_REGULAR);

      h += 5;
      h += add_text (content, layout, x + pad, y + h, &INK);
    }
  h += pad;

  if (height > 0)
    {
      card = add_rect (items, "card", x, y, width, MAX (h, height), &TINT);
      card->radius = 6;
      g_ptr_array_extend_and_steal (items, g_steal_pointer (&content));
    }
  return h;
}

static PangoLayout *
cover_title_layout (SvSouvenirLayout *self,
                    double            width,
                    double            max_height)
{
  static const double sizes[] = { 38, 32, 27, 23, 19, 16 };
  g_autofree char    *markup = g_markup_escape_text (sv_trip_get_title (self->trip), -1);
  PangoLayout        *layout = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_clear_object (&layout);
      layout = make_layout (self, markup, width, sizes[i], STYLE_BOLD);
      pango_layout_set_line_spacing (layout, 1.05);
      if (layout_height (layout) <= max_height)
        return layout;
    }

  /* Longer than any title: the cover shows what fits, ending in "…". */
  pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static Block *
summary_block (SvSouvenirLayout *self,
               double            width)
{
  const char      *summary = sv_trip_get_summary (self->trip);
  g_autofree char *markup = NULL;
  g_autoptr (PangoLayout) layout = NULL;
  Block *block;

  if (summary == NULL)
    return NULL;

  block = block_new (22);
  markup = g_markup_escape_text (summary, -1);
  layout = make_layout (self, markup, width - 18, 11.5, STYLE_ITALIC);
  pango_layout_set_line_spacing (layout, 1.3);
  block->height = add_text (block->items, layout, 18, 0, &INK);
  add_rect (block->items, "bar", 0, 2, 3, block->height - 4, &ACCENT);
  return block;
}

/* Fills the cover; gives the trip's summary as a block when the cover has
 * no room left for it. */
static Block *
build_cover (SvSouvenirLayout *self,
             Flow             *flow)
{
  GPtrArray       *items = flow->page;
  double           x = flow->left;
  double           y = flow->top;
  double           width = flow->width;
  double           pad = 30;
  double           inner = width - 2 * pad;
  double           band_h;
  double           content_h;
  g_autofree char *kicker = kicker_markup (_ ("A conference souvenir"));
  g_autofree char *dates = sv_trip_format_dates (self->trip);
  g_autofree char *where = NULL;
  g_autofree char *where_markup = NULL;
  g_autofree char *dates_markup = NULL;
  g_autoptr (PangoLayout) kicker_layout = make_layout (self, kicker, inner, 8, STYLE_BOLD);
  g_autoptr (PangoLayout) title_layout = cover_title_layout (self, inner, (flow->bottom - flow->top) * 0.3);
  g_autoptr (PangoLayout) where_layout = NULL;
  g_autoptr (PangoLayout) dates_layout = NULL;
  g_autoptr (GPtrArray) band = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  Rgba   light = { 1, 1, 1, 0.78 };
  Block *summary;
  Item  *rect;

  if (sv_trip_get_city (self->trip) && sv_trip_get_country (self->trip))
    where = g_strdup_printf (_ ("%s, %s"), sv_trip_get_city (self->trip), sv_trip_get_country (self->trip));
  else
    where = g_strdup (sv_trip_get_city (self->trip) ? sv_trip_get_city (self->trip) : sv_trip_get_country (self->trip));
  where_markup = where ? g_markup_escape_text (where, -1) : NULL;
  dates_markup = dates ? g_markup_escape_text (dates, -1) : NULL;

  band_h = 0;
  band_h += add_text (band, kicker_layout, x + pad, y + band_h, &light);
  band_h += 10;
  band_h += add_text (band, title_layout, x + pad, y + band_h, &WHITE);
  band_h += 18;
  if (where_markup != NULL)
    {
      where_layout = make_layout (self, where_markup, inner, 15, STYLE_REGULAR);
      pango_layout_set_height (where_layout, -2);
      pango_layout_set_ellipsize (where_layout, PANGO_ELLIPSIZE_END);
      band_h += add_text (band, where_layout, x + pad, y + band_h, &WHITE) + 2;
    }
  if (dates_markup != NULL)
    {
      dates_layout = make_layout (self, dates_markup, inner, 15, STYLE_REGULAR);
      band_h += add_text (band, dates_layout, x + pad, y + band_h, &light);
    }

  /* The words sit at the foot of the band, like a book's title page. */
  content_h = band_h;
  band_h = MAX (content_h + 2 * pad + 30, (flow->bottom - flow->top) * 0.5);
  for (guint i = 0; i < band->len; i++)
    item_move (g_ptr_array_index (band, i), 0, band_h - pad - 16 - content_h);

  rect = add_rect (items, "band", x, y, width, band_h, &ACCENT);
  rect->radius = 8;
  g_ptr_array_extend_and_steal (items, g_steal_pointer (&band));
  /* A short gold rule over the words, the colour of the stars inside. */
  add_rect (items, "band", x + pad, y + band_h - pad - 16 - content_h - 14, 36, 3, &GOLD);
  y += band_h + 30;

  /* The numbers; those that are nought say nothing worth printing. */
  {
    struct
    {
      guint       value;
      const char *label;
    } stats[] = {
      { self->stats.days, g_dngettext (GETTEXT_PACKAGE, "day", "days", self->stats.days) },
      { self->stats.talks, g_dngettext (GETTEXT_PACKAGE, "talk", "talks", self->stats.talks) },
      { self->stats.keynotes, g_dngettext (GETTEXT_PACKAGE, "keynote", "keynotes", self->stats.keynotes) },
      { self->stats.restaurants, g_dngettext (GETTEXT_PACKAGE, "restaurant", "restaurants", self->stats.restaurants) },
      { self->stats.photos, g_dngettext (GETTEXT_PACKAGE, "photo", "photos", self->stats.photos) },
    };
    guint  n = 0;
    double h = 0;

    for (guint i = 0; i < G_N_ELEMENTS (stats); i++)
      n += stats[i].value > 0 ? 1 : 0;

    add_rule (items, x, y, width);
    y += 14;
    for (guint i = 0, column = 0; i < G_N_ELEMENTS (stats) && n > 0; i++)
      {
        if (stats[i].value == 0)
          continue;
        h = MAX (h, add_stat (self, items, x + column * width / n, y, width / n, stats[i].value, stats[i].label));
        column++;
      }
    y += h + 14;
    add_rule (items, x, y, width);
    y += 26;
  }

  /* The favourites, side by side. */
  if (self->favourite_talk != NULL || self->favourite_meal != NULL)
    {
      double           gap = 14;
      gboolean         both = self->favourite_talk != NULL && self->favourite_meal != NULL;
      double           card_w = both ? (width - gap) / 2 : width;
      double           talk_x = x;
      double           meal_x = both ? x + card_w + gap : x;
      double           h = 0;
      g_autofree char *speakers = self->favourite_talk ? join_speakers (self->favourite_talk) : NULL;
      g_autofree char *meal_meta = NULL;
      const char      *meal_name = NULL;

      if (self->favourite_meal != NULL)
        {
          SvMeal          *meal = sv_entry_get_meal (self->favourite_meal);
          g_autofree char *day = sv_date_format_day (sv_entry_get_day (self->favourite_meal));

          meal_name = sv_entry_get_place_name (self->favourite_meal) ? sv_entry_get_place_name (self->favourite_meal)
                                                                     : sv_entry_get_title (self->favourite_meal);
          meal_meta = day ? g_strdup_printf (_ ("%s, %s"), sv_meal_type_get_label (sv_meal_get_meal_type (meal)), day)
                          : g_strdup (sv_meal_type_get_label (sv_meal_get_meal_type (meal)));
        }

      /* Measure both, then draw both at the taller height. */
      if (self->favourite_talk != NULL)
        h = MAX (h, add_card (self, items, talk_x, y, card_w, 0, _ ("Favourite talk"),
                              sv_entry_get_title (self->favourite_talk), speakers,
                              sv_entry_get_rating (self->favourite_talk)));
      if (self->favourite_meal != NULL)
        h = MAX (h, add_card (self, items, meal_x, y, card_w, 0, _ ("Favourite restaurant"),
                              meal_name, meal_meta, sv_entry_get_rating (self->favourite_meal)));
      if (self->favourite_talk != NULL)
        add_card (self, items, talk_x, y, card_w, h, _ ("Favourite talk"),
                  sv_entry_get_title (self->favourite_talk), speakers,
                  sv_entry_get_rating (self->favourite_talk));
      if (self->favourite_meal != NULL)
        add_card (self, items, meal_x, y, card_w, h, _ ("Favourite restaurant"),
                  meal_name, meal_meta, sv_entry_get_rating (self->favourite_meal));
      y += h;
    }

  {
    g_autofree char *colophon = g_markup_escape_text (_ ("Made with Souvenir"), -1);
    g_autoptr (PangoLayout) layout = make_layout (self, colophon, width, SIZE_FOOTER, STYLE_CENTER);
    double foot = self->page_height - self->margin;

    add_text (items, layout, x, foot - layout_height (layout), &MUTED);
  }

  summary = summary_block (self, width);
  if (summary == NULL)
    return NULL;

  flow->y = y + summary->space_before;
  if (flow->y + summary->height <= flow->bottom)
    {
      flow_place (flow, summary);
      block_free (summary);
      return NULL;
    }
  return summary;
}

/* Map ------------------------------------------------------------------------ */

static gboolean
rgba_parse (const char *hex,
            Rgba       *out)
{
  unsigned int r, g, b;

  if (hex == NULL || sscanf (hex, "#%02x%02x%02x", &r, &g, &b) != 3)
    return FALSE;
  out->r = r / 255.0;
  out->g = g / 255.0;
  out->b = b / 255.0;
  out->a = 1;
  return TRUE;
}

/* The cached tiles under the map, composed into one image; NULL unless
 * every tile it needs is in the cache (half a map looks broken). */
static cairo_surface_t *
load_tiles (SvSouvenirLayout *self,
            double            wx0,
            double            wy0,
            double            wx1,
            double            wy1,
            double            points_wide)
{
  double scale = points_wide / (wx1 - wx0);
  /* About two tile pixels to the point: sharp on paper, light in a PDF. */
  int              zoom = CLAMP ((int) round (log2 (scale * 2.0 / 256.0)), 1, 19);
  double           n = (double) (1 << zoom);
  int              tx0 = (int) floor (wx0 * n), tx1 = (int) floor (wx1 * n);
  int              ty0 = (int) floor (wy0 * n), ty1 = (int) floor (wy1 * n);
  int              width = (int) ceil ((wx1 - wx0) * n * 256);
  int              height = (int) ceil ((wy1 - wy0) * n * 256);
  cairo_surface_t *surface;
  cairo_t         *cr;

  if (self->tile_dir == NULL || (tx1 - tx0 + 1) * (ty1 - ty0 + 1) > 100 || width <= 0 || height <= 0)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  for (int tx = tx0; tx <= tx1; tx++)
    {
      for (int ty = ty0; ty <= ty1; ty++)
        {
          g_autofree char *name = g_strdup_printf ("%d.png", ty);
          g_autofree char *xdir = g_strdup_printf ("%d", tx);
          g_autofree char *zdir = g_strdup_printf ("%d", zoom);
          g_autofree char *path = g_build_filename (self->tile_dir, zdir, xdir, name, NULL);
          cairo_surface_t *tile = NULL;

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            tile = cairo_image_surface_create_from_png (path);
          if (tile == NULL || cairo_surface_status (tile) != CAIRO_STATUS_SUCCESS)
            {
              g_clear_pointer (&tile, cairo_surface_destroy);
              cairo_destroy (cr);
              cairo_surface_destroy (surface);
              return NULL;
            }

          cairo_save (cr);
          cairo_translate (cr, (tx - wx0 * n) * 256, (ty - wy0 * n) * 256);
          cairo_scale (cr, 256.0 / MAX (1, cairo_image_surface_get_width (tile)),
                       256.0 / MAX (1, cairo_image_surface_get_height (tile)));
          cairo_set_source_surface (cr, tile, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
          cairo_surface_destroy (tile);
        }
    }
  cairo_destroy (cr);
  return surface;
}

typedef struct
{
  double x0, y0, x1, y1;
} Rect;

static gboolean
rect_overlaps (const Rect *a,
               const Rect *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
rect_is_free (const Rect   *rect,
              const GArray *taken,
              const Rect   *inside)
{
  if (rect->x0 < inside->x0 || rect->y0 < inside->y0 || rect->x1 > inside->x1 || rect->y1 > inside->y1)
    return FALSE;
  for (guint i = 0; i < taken->len; i++)
    {
      if (rect_overlaps (rect, &g_array_index (taken, Rect, i)))
        return FALSE;
    }
  return TRUE;
}

/* A numbered disc in the place's colour, as on the pins. */
static void
add_disc (SvSouvenirLayout *self,
          GPtrArray        *items,
          double            cx,
          double            cy,
          double            radius,
          guint             number,
          const Rgba       *color)
{
  g_autofree char *text = g_strdup_printf ("%u", number);
  g_autoptr (PangoLayout) layout = make_layout (self, text, 2 * radius, number < 100 ? 6.5 : 5, STYLE_BOLD | STYLE_CENTER);
  Item *disc = add_rect (items, "pin", cx - radius, cy - radius, 2 * radius, 2 * radius, color);

  disc->radius = radius;
  add_text (items, layout, cx - radius, cy - layout_height (layout) / 2, &WHITE);
}

#define PIN_RADIUS 7.0
#define PIN_TAIL   7.0

static void
add_pin (SvSouvenirLayout *self,
         GPtrArray        *items,
         double            x,
         double            y,
         guint             number,
         const Rgba       *color)
{
  Item *pin = g_new0 (Item, 1);

  pin->kind = ITEM_PIN;
  pin->role = "pin";
  pin->x = x - PIN_RADIUS - 1;
  pin->y = y - 2 * PIN_RADIUS - PIN_TAIL - 2;
  pin->width = 2 * PIN_RADIUS + 2;
  pin->height = 2 * PIN_RADIUS + PIN_TAIL + 2;
  pin->color = *color;
  g_ptr_array_add (items, pin);

  add_disc (self, items, x, y - PIN_TAIL - PIN_RADIUS - 1, PIN_RADIUS - 1.5, number, color);
}

/* 1, 2 or 5 times a power of ten, in metres, no longer than MAX_METRES. */
static double
nice_distance (double max_metres)
{
  double power = pow (10, floor (log10 (max_metres)));

  if (5 * power <= max_metres)
    return 5 * power;
  if (2 * power <= max_metres)
    return 2 * power;
  return power;
}

static void
add_scale_bar (SvSouvenirLayout *self,
               GPtrArray        *items,
               double            x,
               double            y,
               double            points_per_metre,
               double            max_width,
               Rect             *taken)
{
  double           metres = nice_distance (max_width / points_per_metre);
  double           bar = metres * points_per_metre;
  g_autofree char *label = metres >= 1000 ? g_strdup_printf (_ ("%g km"), metres / 1000)
                                          : g_strdup_printf (_ ("%g m"), metres);
  g_autoptr (PangoLayout) layout = make_layout (self, label, -1, 7, STYLE_BOLD);
  double label_h = layout_height (layout);
  Rgba   backdrop = { 1, 1, 1, 0.85 };
  Item  *back;

  back = add_rect (items, "scale", x, y - label_h - 12, bar + 12, label_h + 12, &backdrop);
  back->radius = 3;
  add_text (items, layout, x + 6, y - label_h - 9, &INK);
  add_rect (items, "scale", x + 6, y - 6, bar, 3, &INK);
  add_rect (items, "scale", x + 6 + bar / 2, y - 5.5, bar / 2 - 0.5, 2, &WHITE);
  taken->x0 = x;
  taken->y0 = y - label_h - 12;
  taken->x1 = x + bar + 12;
  taken->y1 = y;
}

static Block *
map_block (SvSouvenirLayout *self,
           double            width,
           double            height)
{
  Block     *block = block_new (0);
  GPtrArray *items = block->items;
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (Rect));
  g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  double           minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  double           lat_sum = 0, latitude, metres_per_world, min_span, spanx, spany, scale, cx, cy;
  double           wx0, wy0;
  double           pad = 44; /* room for pins and labels at the edges */
  cairo_surface_t *tiles;
  Rect             inside = { 3, 3, width - 3, height - 3 };
  Rect             scale_rect;
  Item            *frame;

  for (guint i = 0; i < self->places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (self->places, i);
      double   x = sv_geo_mercator_x (sv_place_get_longitude (place));
      double   y = sv_geo_mercator_y (sv_place_get_latitude (place));

      minx = MIN (minx, x);
      maxx = MAX (maxx, x);
      miny = MIN (miny, y);
      maxy = MAX (maxy, y);
      lat_sum += sv_place_get_latitude (place);
    }

  latitude = lat_sum / self->places->len;
  /* A world unit spans the equator; at LATITUDE it is that much shorter. */
  metres_per_world = 2 * G_PI * EARTH_RADIUS * cos (latitude * G_PI / 180.0);
  /* Never closer than a kilometre across, or a single place fills the page. */
  min_span = 1000.0 / MAX (metres_per_world, 1.0);
  spanx = MAX (maxx - minx, min_span);
  spany = MAX (maxy - miny, min_span);
  scale = MIN ((width - 2 * pad) / spanx, (height - 2 * pad) / spany);
  cx = (minx + maxx) / 2;
  cy = (miny + maxy) / 2;
  wx0 = cx - width / 2 / scale;
  wy0 = cy - height / 2 / scale;

  tiles = load_tiles (self, wx0, wy0, wx0 + width / scale, wy0 + height / scale, width);
  if (tiles != NULL)
    {
      add_image (items, "map", tiles, 0, 0, width, height);
      cairo_surface_destroy (tiles);
    }
  else
    add_rect (items, "map", 0, 0, width, height, &MAP_PAPER);
  frame = add_rect (items, "map", 0, 0, width, height, &RULE);
  frame->line_width = 0.8;

  /* The pins first, so that no label hides one. */
  for (guint i = 0; i < self->places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (self->places, i);
      double   x = (sv_geo_mercator_x (sv_place_get_longitude (place)) - wx0) * scale;
      double   y = (sv_geo_mercator_y (sv_place_get_latitude (place)) - wy0) * scale;
      Rect     rect = { x - PIN_RADIUS, y - 2 * PIN_RADIUS - PIN_TAIL, x + PIN_RADIUS, y };
      Rgba     color = MUTED;

      rgba_parse (sv_place_category_get_color (sv_place_get_category (place)), &color);
      add_pin (self, items, x, y, i + 1, &color);
      g_array_append_val (taken, rect);
      g_array_append_val (points, x);
      g_array_append_val (points, y);
    }

  add_scale_bar (self, items, 8, height - 8, scale / metres_per_world, width * 0.25, &scale_rect);
  g_array_append_val (taken, scale_rect);

  if (tiles != NULL)
    {
      g_autofree char *credit = g_markup_escape_text (_ ("Map data © OpenStreetMap contributors"), -1);
      g_autoptr (PangoLayout) layout = make_layout (self, credit, -1, 6, STYLE_REGULAR);
      double w = layout_width (layout);
      double h = layout_height (layout);
      Rgba   backdrop = { 1, 1, 1, 0.8 };
      Rect   rect = { width - w - 10, height - h - 6, width, height };

      add_rect (items, "credit", width - w - 8, height - h - 5, w + 5, h + 2, &backdrop);
      add_text (items, layout, width - w - 5.5, height - h - 4, &INK);
      g_array_append_val (taken, rect);
    }

  /* Labels where they fit: right of the pin, left, above, below. A place
   * without room keeps its number, which the list below the map names. */
  for (guint i = 0; i < self->places->len; i++)
    {
      SvPlace         *place = g_ptr_array_index (self->places, i);
      double           x = g_array_index (points, double, 2 * i);
      double           y = g_array_index (points, double, 2 * i + 1);
      g_autofree char *name = g_markup_escape_text (sv_place_get_name (place), -1);
      g_autoptr (PangoLayout) layout = make_layout (self, name, 120, 7, STYLE_BOLD);
      double w, h, head = y - PIN_TAIL - PIN_RADIUS;
      Rect   candidates[4];
      Rgba   backdrop = { 1, 1, 1, 0.85 };

      pango_layout_set_height (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      w = layout_width (layout) + 6;
      h = layout_height (layout) + 3;
      candidates[0] = (Rect){ x + PIN_RADIUS + 2, head - h / 2, x + PIN_RADIUS + 2 + w, head + h / 2 };
      candidates[1] = (Rect){ x - PIN_RADIUS - 2 - w, head - h / 2, x - PIN_RADIUS - 2, head + h / 2 };
      candidates[2] = (Rect){ x - w / 2, head - PIN_RADIUS - 3 - h, x + w / 2, head - PIN_RADIUS - 3 };
      candidates[3] = (Rect){ x - w / 2, y + 2, x + w / 2, y + 2 + h };

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          Item *back;

          if (!rect_is_free (&candidates[c], taken, &inside))
            continue;

          back = add_rect (items, "label", candidates[c].x0, candidates[c].y0, w, h, &backdrop);
          back->radius = 2;
          add_text (items, layout, candidates[c].x0 + 3, candidates[c].y0 + 1.5, &INK);
          g_array_append_val (taken, candidates[c]);
          break;
        }
    }

  block->height = height;
  return block;
}

static Block *
legend_block (SvSouvenirLayout *self,
              SvPlace          *place,
              guint             number,
              double            width)
{
  Block           *block = block_new (4);
  Rgba             color = MUTED;
  g_autofree char *details = meta_markup (2, sv_place_category_get_label (sv_place_get_category (place)),
                                          sv_place_get_address (place));
  g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", sv_place_get_name (place));
  g_autofree char *markup = g_strconcat (name, "  <span foreground=\"#5e5c64\">", details, "</span>", NULL);
  g_autoptr (PangoLayout) layout = NULL;

  rgba_parse (sv_place_category_get_color (sv_place_get_category (place)), &color);
  layout = make_layout (self, markup, width - 22, SIZE_META, STYLE_REGULAR);
  block->height = add_text (block->items, layout, 22, 0, &INK);
  add_disc (self, block->items, 7, MIN (block->height, 12) / 2, 6.5, number, &color);
  block->height = MAX (block->height, 13);
  return block;
}

static void
build_map (SvSouvenirLayout *self,
           Flow             *flow)
{
  double legend_h = 0;
  double height;

  if (self->places->len == 0)
    return;

  flow_new_page (flow);
  add_section (flow, _ ("Places"));

  /* Leave room below the map for the first rows of its list. */
  legend_h = MIN (self->places->len, 10) * 17 + 16;
  height = MAX ((flow->bottom - flow->y) * 0.55, flow->bottom - flow->y - legend_h);
  height = MIN (height, flow->width * 1.1);
  flow_add (flow, map_block (self, flow->width, height));

  flow->y += 12;
  for (guint i = 0; i < self->places->len; i++)
    flow_add (flow, legend_block (self, g_ptr_array_index (self->places, i), i + 1, flow->width));
}

/* The trip and its days -------------------------------------------------------- */

static Block *
note_block (SvSouvenirLayout *self,
            SvEntry          *entry,
            double            width)
{
  g_autofree char *meta = sv_entry_get_place_name (entry) ? g_markup_escape_text (sv_entry_get_place_name (entry), -1) : NULL;
  EntryParts       parts = {
          .title = sv_entry_get_title (entry),
          .rating = sv_entry_get_rating (entry),
          .meta = meta,
          .body = sv_entry_get_body (entry),
          .highlight = sv_entry_get_highlight (entry),
  };

  return entry_block (self, &parts, width);
}

/* Gives whether there was anything to show. */
static gboolean
build_trip_notes (SvSouvenirLayout *self,
                  Flow             *flow,
                  Block            *summary)
{
  gboolean any = summary != NULL;

  for (guint i = 0; i < self->entries->len && !any; i++)
    any = sv_entry_get_day (g_ptr_array_index (self->entries, i)) == NULL;
  if (!any)
    return FALSE;

  flow_new_page (flow);
  add_section (flow, _ ("The trip"));
  if (summary != NULL)
    flow_add (flow, summary);

  for (guint i = 0; i < self->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (self->entries, i);

      /* Trip-level notes come first in the timeline. */
      if (sv_entry_get_day (entry) != NULL)
        break;
      flow_add (flow, note_block (self, entry, flow->width));
    }
  return TRUE;
}

static gboolean
is_day_highlight (SvEntry *entry)
{
  SvEntryKind kind = sv_entry_get_kind (entry);

  return sv_entry_get_highlight (entry) || sv_entry_kind_is_talk (kind) || kind == SV_ENTRY_KIND_MEAL;
}

static Block *
day_heading (SvSouvenirLayout *self,
             const char       *day,
             guint             number,
             double            width)
{
  Block *block = block_new (24);
  /* Translators: above the date of each day of the souvenir, "Day 2" */
  g_autofree char *label = g_strdup_printf (_ ("Day %u"), number);
  g_autofree char *kicker = kicker_markup (label);
  g_autofree char *date = sv_date_format_day (day);
  g_autofree char *date_markup = g_markup_escape_text (date ? date : day, -1);
  g_autoptr (PangoLayout) kicker_layout = make_layout (self, kicker, width, SIZE_KICKER, STYLE_BOLD);
  g_autoptr (PangoLayout) date_layout = make_layout (self, date_markup, width, SIZE_DAY, STYLE_BOLD);
  double y = 0;

  y += add_text (block->items, kicker_layout, 0, y, &HIGHLIGHT);
  y += 1;
  y += add_text (block->items, date_layout, 0, y, &INK);
  y += 4;
  add_rule (block->items, 0, y, width);
  block->height = y + 2;
  block->keep = 48;
  return block;
}

static Block *
day_entry_block (SvSouvenirLayout *self,
                 SvEntry          *entry,
                 double            width)
{
  g_autofree char *time = sv_time_format (sv_entry_get_start_time (entry));
  g_autofree char *meta = entry_meta (entry, FALSE, TRUE);
  EntryParts       parts = {
          .gutter = time,
          .title = sv_entry_get_title (entry),
          .rating = sv_entry_get_rating (entry),
          .meta = meta,
          /* The day shows the notes of what the user marked; the rest are
           * one line each, or a long trip would be a phone book. */
          .body = sv_entry_get_highlight (entry) ? sv_entry_get_body (entry) : NULL,
          .highlight = sv_entry_get_highlight (entry),
  };

  return entry_block (self, &parts, width);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Every day of the trip, and any day an entry has outside it, in order. */
static GPtrArray *
list_days (SvSouvenirLayout *self)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GDate date;
  guint n_days = sv_trip_get_n_days (self->trip);

  if (n_days > 0 && n_days <= MAX_EMPTY_DAYS && sv_date_parse (sv_trip_get_start_date (self->trip), &date))
    {
      for (guint i = 0; i < n_days; i++, g_date_add_days (&date, 1))
        {
          char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));

          g_ptr_array_add (days, iso);
          g_hash_table_add (seen, iso);
        }
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      const char *day = sv_entry_get_day (g_ptr_array_index (self->entries, i));
      char       *copy;

      if (day == NULL || g_hash_table_contains (seen, day))
        continue;
      copy = g_strdup (day);
      g_ptr_array_add (days, copy);
      g_hash_table_add (seen, copy);
    }

  g_ptr_array_sort (days, compare_days);
  return days;
}

static void
build_days (SvSouvenirLayout *self,
            Flow             *flow,
            gboolean          after_notes)
{
  g_autoptr (GPtrArray) days = list_days (self);
  guint next = 0;

  if (days->len == 0)
    return;

  /* Straight after the trip's notes, which are a short page of their own
   * otherwise. */
  if (!after_notes)
    flow_new_page (flow);
  add_section (flow, _ ("Day by day"));

  /* Skip the trip-level notes. */
  while (next < self->entries->len && sv_entry_get_day (g_ptr_array_index (self->entries, next)) == NULL)
    next++;

  for (guint d = 0; d < days->len; d++)
    {
      const char *day = g_ptr_array_index (days, d);
      guint       shown = 0;

      flow_add (flow, day_heading (self, day, d + 1, flow->width));

      for (; next < self->entries->len; next++)
        {
          SvEntry *entry = g_ptr_array_index (self->entries, next);

          if (g_strcmp0 (sv_entry_get_day (entry), day) != 0)
            break;
          if (!is_day_highlight (entry))
            continue;
          flow_add (flow, day_entry_block (self, entry, flow->width));
          shown++;
        }

      if (shown == 0)
        {
          g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", _ ("Nothing highlighted on this day."));
          g_autoptr (PangoLayout) layout = make_layout (self, markup, flow->width - GUTTER_WIDTH, SIZE_BODY, STYLE_REGULAR);
          Block *block = block_new (8);

          block->height = add_text (block->items, layout, GUTTER_WIDTH, 0, &MUTED);
          flow_add (flow, block);
        }
    }
}

/* Lists ------------------------------------------------------------------------ */

typedef struct
{
  SvEntry *entry;
  guint    index;
  int      score;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->score != rb->score)
    return rb->score - ra->score;
  return (int) ra->index - (int) rb->index;
}

static void
build_top_talks (SvSouvenirLayout *self,
                 Flow             *flow)
{
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < self->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (self->entries, i);
      Ranked   r = { entry, i, talk_score (entry) };

      if (is_rated_talk (entry))
        g_array_append_val (ranked, r);
    }
  if (ranked->len == 0)
    return;

  g_array_sort (ranked, compare_ranked);
  flow_new_page (flow);
  add_section (flow, _ ("Top talks"));

  for (guint i = 0; i < ranked->len && i < MAX_TOP_TALKS; i++)
    {
      SvEntry         *entry = g_array_index (ranked, Ranked, i).entry;
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *meta = entry_meta (entry, TRUE, TRUE);
      EntryParts       parts = {
              .gutter = rank,
              .gutter_size = 20,
              .gutter_style = STYLE_LIGHT,
              .gutter_color = &ACCENT,
              .title = sv_entry_get_title (entry),
              .title_size = 12,
              .rating = sv_entry_get_rating (entry),
              .meta = meta,
              .body = sv_entry_get_body (entry),
      };

      flow_add (flow, entry_block (self, &parts, flow->width));
    }
}

static void
build_watch_later (SvSouvenirLayout *self,
                   Flow             *flow)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->entries->len; i++)
    {
      SvEntry         *entry = g_ptr_array_index (self->entries, i);
      SvTalk          *talk = sv_entry_get_talk (entry);
      g_autofree char *speakers = NULL;
      g_autofree char *day = NULL;
      g_autofree char *meta = NULL;
      EntryParts       parts = {
              .gutter = "☐",
              .gutter_size = 13,
      };

      if (!is_watch_later (entry))
        continue;

      if (!any)
        {
          add_section (flow, _ ("To watch later"));
          any = TRUE;
        }

      speakers = join_speakers (entry);
      day = sv_date_format_day (sv_entry_get_day (entry));
      meta = meta_markup (3, speakers, sv_entry_kind_get_label (sv_entry_get_kind (entry)), day);
      parts.title = sv_entry_get_title (entry);
      parts.meta = meta;
      parts.body = sv_entry_get_body (entry);
      if (sv_talk_get_video_url (talk) != NULL)
        {
          parts.links[0][0] = _ ("Video");
          parts.links[0][1] = sv_talk_get_video_url (talk);
        }
      else
        parts.links[0][0] = _ ("No video link saved yet");
      if (sv_talk_get_slides_url (talk) != NULL)
        {
          parts.links[1][0] = _ ("Slides");
          parts.links[1][1] = sv_talk_get_slides_url (talk);
        }

      flow_add (flow, entry_block (self, &parts, flow->width));
    }
}

typedef struct
{
  const char *name;
  int         rank; /* the best favourite rank, G_MAXINT for none */
  int         rating;
  guint       index;
  GPtrArray  *meals; /* SvEntry, borrowed */
} Restaurant;

static void
restaurant_clear (Restaurant *restaurant)
{
  g_clear_pointer (&restaurant->meals, g_ptr_array_unref);
}

static int
compare_restaurants (gconstpointer a,
                     gconstpointer b)
{
  const Restaurant *ra = a;
  const Restaurant *rb = b;

  if (ra->rank != rb->rank)
    return ra->rank < rb->rank ? -1 : 1;
  if (ra->rating != rb->rating)
    return rb->rating - ra->rating;
  return (int) ra->index - (int) rb->index;
}

static GArray *
list_restaurants (SvSouvenirLayout *self)
{
  GArray *restaurants = g_array_new (FALSE, TRUE, sizeof (Restaurant));
  g_autoptr (GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (restaurants, (GDestroyNotify) restaurant_clear);

  for (guint i = 0; i < self->entries->len; i++)
    {
      SvEntry    *entry = g_ptr_array_index (self->entries, i);
      SvMeal     *meal = sv_entry_get_meal (entry);
      const char *name = sv_entry_get_place_name (entry) ? sv_entry_get_place_name (entry) : sv_entry_get_title (entry);
      Restaurant *restaurant;
      gpointer    index;
      int         rank;

      if (meal == NULL || sv_entry_get_kind (entry) != SV_ENTRY_KIND_MEAL || name == NULL)
        continue;

      if (!g_hash_table_lookup_extended (by_name, name, NULL, &index))
        {
          Restaurant r = { name, G_MAXINT, 0, i, g_ptr_array_new () };

          index = GUINT_TO_POINTER (restaurants->len);
          g_array_append_val (restaurants, r);
          g_hash_table_insert (by_name, (gpointer) name, index);
        }

      restaurant = &g_array_index (restaurants, Restaurant, GPOINTER_TO_UINT (index));
      rank = sv_meal_get_favourite_rank (meal);
      if (rank > 0)
        restaurant->rank = MIN (restaurant->rank, rank);
      restaurant->rating = MAX (restaurant->rating, sv_entry_get_rating (entry));
      g_ptr_array_add (restaurant->meals, entry);
    }

  g_array_sort (restaurants, compare_restaurants);
  return restaurants;
}

static void
build_restaurants (SvSouvenirLayout *self,
                   Flow             *flow)
{
  g_autoptr (GArray) restaurants = list_restaurants (self);

  if (restaurants->len == 0)
    return;

  add_section (flow, _ ("Restaurants"));

  for (guint i = 0; i < restaurants->len; i++)
    {
      Restaurant      *restaurant = &g_array_index (restaurants, Restaurant, i);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      GString         *meta = g_string_new (NULL);
      GString         *body = g_string_new (NULL);
      g_autofree char *meta_text = NULL;
      g_autofree char *body_text = NULL;
      EntryParts       parts = {
              .gutter = rank,
              .gutter_size = 20,
              .gutter_style = STYLE_LIGHT,
              .gutter_color = &ACCENT,
              .title = restaurant->name,
              .title_size = 12,
              .rating = restaurant->rating,
              .italic_body = TRUE,
      };

      if (restaurant->rank == 1)
        {
          g_autofree char *badge = g_markup_printf_escaped ("<span foreground=\"#c01c28\" weight=\"bold\">♥ %s</span>\n",
                                                            _ ("Favourite restaurant of the trip"));

          g_string_append (meta, badge);
        }
      for (guint m = 0; m < restaurant->meals->len; m++)
        {
          SvEntry         *entry = g_ptr_array_index (restaurant->meals, m);
          g_autofree char *line = entry_meta (entry, TRUE, FALSE);

          if (m > 0)
            g_string_append_c (meta, '\n');
          g_string_append (meta, line);
          if (sv_entry_get_body (entry) != NULL)
            {
              if (body->len > 0)
                g_string_append_c (body, '\n');
              g_string_append (body, sv_entry_get_body (entry));
            }
        }
      meta_text = g_string_free (meta, FALSE);
      body_text = g_string_free (body, FALSE);
      parts.meta = meta_text;
      parts.body = *body_text != '\0' ? body_text : NULL;
      flow_add (flow, entry_block (self, &parts, flow->width));
    }
}

/* Photos ------------------------------------------------------------------------ */

static void
build_photos (SvSouvenirLayout *self,
              Flow             *flow)
{
  guint  n = self->photos->len;
  guint  columns = n == 1 ? 1 : 2;
  guint  rows = (n + columns - 1) / columns;
  double gap = 18;
  double cell_w, cell_h, top;

  if (n == 0)
    return;

  decode_photos (self);
  flow_new_page (flow);
  add_section (flow, _ ("Photos"));
  top = flow->y;
  cell_w = (flow->width - gap * (columns - 1)) / columns;
  cell_h = (flow->bottom - top - gap * (rows - 1)) / rows;

  for (guint i = 0; i < n; i++)
    {
      Photo           *photo = g_ptr_array_index (self->photos, i);
      double           cx = flow->left + (i % columns) * (cell_w + gap);
      double           cy = top + (i / columns) * (cell_h + gap);
      g_autofree char *caption = g_markup_escape_text (photo->caption ? photo->caption : "", -1);
      g_autoptr (PangoLayout) layout = make_layout (self, caption, cell_w, SIZE_META, STYLE_ITALIC | STYLE_CENTER);
      double caption_h;
      double area_h;
      double w, h;
      Item  *frame;

      /* Captions are a line or two; a photo keeps most of its cell. */
      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      caption_h = layout_height (layout);
      area_h = cell_h - caption_h - 6;

      if (photo->surface != NULL)
        {
          double pw = cairo_image_surface_get_width (photo->surface);
          double ph = cairo_image_surface_get_height (photo->surface);
          double scale = MIN (cell_w / pw, area_h / ph);

          w = pw * scale;
          h = ph * scale;
          add_image (flow->page, "photo", photo->surface, cx + (cell_w - w) / 2, cy + (area_h - h), w, h);
        }
      else
        {
          /* Not decodable here: a frame keeps its place in the grid. */
          g_autofree char *missing = g_markup_printf_escaped ("<i>%s</i>", _ ("This photo cannot be printed"));
          g_autoptr (PangoLayout) note = make_layout (self, missing, cell_w - 20, SIZE_META, STYLE_CENTER);

          w = cell_w;
          h = MIN (area_h, cell_w * 0.66);
          frame = add_rect (flow->page, "photo", cx, cy + area_h - h, w, h, &TINT);
          frame->radius = 4;
          add_text (flow->page, note, cx + 10, cy + area_h - h / 2 - layout_height (note) / 2, &MUTED);
        }
      add_text (flow->page, layout, cx, cy + area_h + 6, &MUTED);
    }
  flow->y = flow->bottom;
}

/* Footer, pagination, drawing ---------------------------------------------------- */

static void
add_footers (SvSouvenirLayout *self,
             double            left,
             double            width)
{
  guint  n_pages = self->pages->len;
  double bottom = self->page_height - self->margin;

  /* The cover goes without. */
  for (guint i = 1; i < n_pages; i++)
    {
      GPtrArray       *page = g_ptr_array_index (self->pages, i);
      g_autofree char *title = g_markup_escape_text (sv_trip_get_title (self->trip), -1);
      /* Translators: in the footer of every page but the cover */
      g_autofree char *number = g_strdup_printf (_ ("Page %u of %u"), i + 1, n_pages);
      g_autoptr (PangoLayout) number_layout = make_layout (self, number, width * 0.3, SIZE_FOOTER, STYLE_RIGHT);
      g_autoptr (PangoLayout) title_layout = make_layout (self, title, width * 0.65, SIZE_FOOTER, STYLE_REGULAR);
      double h;

      /* A running title is one line: the cover has it whole. */
      pango_layout_set_height (title_layout, -1);
      pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
      h = MAX (layout_height (title_layout), layout_height (number_layout));
      add_rule (page, left, bottom - h - 6, width);
      add_text (page, title_layout, left, bottom - layout_height (title_layout), &MUTED);
      add_text (page, number_layout, left + width * 0.7, bottom - layout_height (number_layout), &MUTED);
    }
}

void
sv_souvenir_layout_paginate (SvSouvenirLayout *self,
                             double            width,
                             double            height,
                             double            margin)
{
  Flow   flow = { 0 };
  Block *summary;

  g_return_if_fail (SV_IS_SOUVENIR_LAYOUT (self));
  g_return_if_fail (width > 2 * margin + 200 && height > 2 * margin + 300);

  g_ptr_array_set_size (self->pages, 0);
  self->page_width = width;
  self->page_height = height;
  self->margin = margin;

  flow.self = self;
  flow.left = margin;
  flow.top = margin;
  flow.width = width - 2 * margin;
  flow.bottom = height - margin - FOOTER_HEIGHT;

  flow_new_page (&flow);
  summary = build_cover (self, &flow);
  build_map (self, &flow);
  build_days (self, &flow, build_trip_notes (self, &flow, summary));
  build_top_talks (self, &flow);
  build_watch_later (self, &flow);
  build_restaurants (self, &flow);
  build_photos (self, &flow);

  add_footers (self, margin, width - 2 * margin);
}

guint
sv_souvenir_layout_get_n_pages (SvSouvenirLayout *self)
{
  g_return_val_if_fail (SV_IS_SOUVENIR_LAYOUT (self), 0);

  return self->pages->len;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static char *
link_attributes (const char *uri)
{
  GString *attributes = g_string_new ("uri='");

  /* cairo's attribute syntax: quotes and backslashes escaped. */
  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
  return g_string_free (attributes, FALSE);
}

static void
draw_text (cairo_t    *cr,
           const Item *item)
{
  GArray          *lines = get_lines (item->layout);
  g_autofree char *link = item->link ? link_attributes (item->link) : NULL;

  if (link != NULL)
    cairo_tag_begin (cr, CAIRO_TAG_LINK, link);

  cairo_set_source_rgba (cr, item->color.r, item->color.g, item->color.b, item->color.a);
  for (int i = item->first_line; i < item->first_line + item->n_lines; i++)
    {
      const LineGeometry *line = &g_array_index (lines, LineGeometry, i);

      cairo_move_to (cr, item->ox + line->x, item->oy + line->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (item->layout, i));
    }

  if (link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_pin (cairo_t    *cr,
          const Item *item)
{
  double cx = item->x + item->width / 2;
  double r = PIN_RADIUS;
  double cy = item->y + 1 + r;
  double tip = item->y + item->height - 1;
  double a = asin (r / (tip - cy));

  /* A teardrop: the circle, and its tangents meeting at the tip. */
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, G_PI / 2 + a, G_PI / 2 - a + 2 * G_PI);
  cairo_line_to (cr, cx, tip);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 1);
  cairo_set_line_width (cr, 2);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgba (cr, item->color.r, item->color.g, item->color.b, item->color.a);
  cairo_fill (cr);
}

void
sv_souvenir_layout_draw_page (SvSouvenirLayout *self,
                              cairo_t          *cr,
                              guint             page)
{
  GPtrArray *items;

  g_return_if_fail (SV_IS_SOUVENIR_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = g_ptr_array_index (items, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          draw_text (cr, item);
          break;

        case ITEM_RECT:
          cairo_set_source_rgba (cr, item->color.r, item->color.g, item->color.b, item->color.a);
          if (item->line_width > 0)
            {
              double inset = item->line_width / 2;

              cairo_rectangle (cr, item->x + inset, item->y + inset, item->width - 2 * inset, item->height - 2 * inset);
              cairo_set_line_width (cr, item->line_width);
              cairo_stroke (cr);
            }
          else
            {
              if (item->radius > 0)
                rounded_rectangle (cr, item->x, item->y, item->width, item->height, item->radius);
              else
                cairo_rectangle (cr, item->x, item->y, item->width, item->height);
              cairo_fill (cr);
            }
          break;

        case ITEM_IMAGE:
          cairo_save (cr);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_clip (cr);
          cairo_translate (cr, item->x, item->y);
          cairo_scale (cr, item->width / cairo_image_surface_get_width (item->surface),
                       item->height / cairo_image_surface_get_height (item->surface));
          cairo_set_source_surface (cr, item->surface, 0, 0);
          cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
          cairo_paint (cr);
          cairo_restore (cr);
          break;

        case ITEM_PIN:
          draw_pin (cr, item);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
}

GArray *
sv_souvenir_layout_get_boxes (SvSouvenirLayout *self)
{
  GArray *boxes;

  g_return_val_if_fail (SV_IS_SOUVENIR_LAYOUT (self), NULL);

  boxes = g_array_new (FALSE, FALSE, sizeof (SvSouvenirBox));
  for (guint p = 0; p < self->pages->len; p++)
    {
      GPtrArray *items = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < items->len; i++)
        {
          const Item   *item = g_ptr_array_index (items, i);
          SvSouvenirBox box = { p, item->x, item->y, item->width, item->height, item->role };

          g_array_append_val (boxes, box);
        }
    }
  return boxes;
}

/* PDF ---------------------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_pdf_data (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (write->stream, data, length, NULL, NULL, &write->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sv_souvenir_layout_write_pdf (SvSouvenirLayout *self,
                              const char       *path,
                              SvPaper           paper,
                              GError          **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GCancellable) abandon = NULL;
  WriteClosure     closure = { 0 };
  cairo_surface_t *surface;
  cairo_status_t   status;
  double           width, height;

  g_return_val_if_fail (SV_IS_SOUVENIR_LAYOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sv_paper_get_size (paper, &width, &height);
  sv_souvenir_layout_paginate (self, width, height, SV_SOUVENIR_DEFAULT_MARGIN);

  /* g_file_replace() writes beside PATH and renames on close: a failed
   * export never leaves half a PDF in place of the last good one. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  closure.stream = G_OUTPUT_STREAM (stream);
  surface = cairo_pdf_surface_create_for_stream (write_pdf_data, &closure, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, sv_trip_get_title (self->trip));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Souvenir " SV_VERSION);

  for (guint i = 0; i < self->pages->len; i++)
    {
      cairo_t *cr = cairo_create (surface);

      sv_souvenir_layout_draw_page (self, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (closure.error != NULL)
        g_propagate_prefixed_error (error, g_steal_pointer (&closure.error), _ ("Cannot write %s: "), path);
      else
        g_set_error (error, SV_SOUVENIR_ERROR, SV_SOUVENIR_ERROR_WRITE,
                     _ ("Cannot write %s: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
