/* sv-xhtml-exporter.c: a trip as a blog post, XHTML5 built by libxml2.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlsave.h>
#include <string.h>

#include "sv-core-resources.h"
#include "sv-date.h"
#include "sv-image.h"
#include "sv-rating.h"
#include "sv-uri.h"
#include "sv-xhtml-exporter.h"
#include "sv-xhtml-format.h"

struct _SvXhtmlExporter
{
  GObject parent_instance;

  /* owned */
  SvStore *store;

  gint64   trip_id;
  gboolean fragment;
  gboolean embed_images;
  gboolean include_private;
  gboolean include_prices;
  gboolean include_ratings;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRIP_ID,
  PROP_FRAGMENT,
  PROP_EMBED_IMAGES,
  PROP_INCLUDE_PRIVATE,
  PROP_INCLUDE_PRICES,
  PROP_INCLUDE_RATINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvXhtmlExporter, sv_xhtml_exporter, G_TYPE_OBJECT)
G_DEFINE_QUARK (sv_export_error_quark, sv_export_error)

/* One export, copied from the exporter when it starts, so that a worker
 * thread never reads the object while the window changes it. */
typedef struct
{
  SvStore *store;
  GFile   *file;
  gint64   trip_id;
  gboolean fragment;
  gboolean embed_images;
  gboolean include_private;
  gboolean include_prices;
  gboolean include_ratings;
} Job;

typedef struct
{
  char   *name;
  GBytes *bytes;
} PhotoFile;

/* The document being built. */
typedef struct
{
  const Job    *job;
  SvStore      *store; /* the connection this export reads */
  GCancellable *cancellable;
  xmlDoc       *doc;
  xmlNs        *ns;
  int           level;       /* of the trip's heading: 1 in a page, 2 in a fragment */
  char         *files_dir;   /* "NAME_files", beside the file */
  GPtrArray    *photo_files; /* PhotoFile, to write into files_dir */
  GHashTable   *file_names;  /* the names in photo_files */
  gint64        cover_photo_id;
} Build;

/* A day of the trip (or the notes about all of it) and its entries. */
typedef struct
{
  const char *day; /* NULL for the notes */
  GPtrArray  *entries;
} Section;

#define STYLESHEET_RESOURCE "/io/github/souvenir_app/Souvenir/core/css/blog.css"

/* Options */

static void
set_boolean (SvXhtmlExporter *self,
             gboolean        *field,
             gboolean         value,
             int              prop)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Text */

static gboolean
is_allowed_character (gunichar c)
{
  if (c == '\t' || c == '\n')
    return TRUE;
  /* C0 and C1 controls and DEL: XML 1.0 refuses most of them, HTML all. */
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
    return FALSE;
  /* Noncharacters, which HTML refuses. */
  if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
    return FALSE;
  return TRUE;
}

/* User text as both XML and HTML accept it: valid UTF-8 without control
 * characters; a carriage return becomes a line break. Escaping is
 * libxml2's business. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString         *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (clean, '\n');
        }
      else if (is_allowed_character (c))
        g_string_append_unichar (clean, c);
    }

  return g_string_free (clean, FALSE);
}

/* The shortest decimal form that reads back as the same double, without
 * an exponent where a fixed point will do. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int decimals = 0; decimals <= 10; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

/* The language of the labels Souvenir writes: the user's, as BCP 47. */
static char *
dup_document_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];

      if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 || strpbrk (name, ".@") != NULL)
        continue;

      return g_strdelimit (g_strdup (name), "_", '-');
    }

  return g_strdup ("en");
}

/* Tree building */

static xmlNode *
element (Build      *b,
         xmlNode    *parent,
         const char *name,
         const char *class_name)
{
  xmlNode *node = xmlNewDocNode (b->doc, b->ns, BAD_CAST name, NULL);

  if (parent != NULL)
    xmlAddChild (parent, node);
  if (class_name != NULL)
    xmlSetProp (node, BAD_CAST "class", BAD_CAST class_name);

  return node;
}

static void
set_attribute (xmlNode    *node,
               const char *name,
               const char *value)
{
  g_autofree char *clean = clean_text (value);

  xmlSetProp (node, BAD_CAST name, BAD_CAST clean);
}

static void
set_int_attribute (xmlNode    *node,
                   const char *name,
                   gint64      value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
  xmlSetProp (node, BAD_CAST name, BAD_CAST buffer);
}

static gboolean
has_class (xmlNode    *node,
           const char *class_name)
{
  xmlChar *classes = xmlGetNoNsProp (node, BAD_CAST "class");
  gboolean found = FALSE;

  if (classes != NULL)
    {
      g_auto (GStrv) names = g_strsplit ((const char *) classes, " ", -1);

      found = g_strv_contains ((const char * const *) names, class_name);
      xmlFree (classes);
    }

  return found;
}

static void
add_text (Build      *b,
          xmlNode    *parent,
          const char *text)
{
  g_autofree char *clean = clean_text (text);

  /* A text node, never markup: libxml2 escapes it when saving. */
  xmlAddChild (parent, xmlNewDocText (b->doc, BAD_CAST clean));
}

static xmlNode *
text_element (Build      *b,
              xmlNode    *parent,
              const char *name,
              const char *class_name,
              const char *text)
{
  xmlNode *node = element (b, parent, name, class_name);

  add_text (b, node, text);
  return node;
}

/* User text may be in any script; let the reader's browser find its
 * direction, so that Arabic or Hebrew reads right to left. */
static xmlNode *
user_text_element (Build      *b,
                   xmlNode    *parent,
                   const char *name,
                   const char *class_name,
                   const char *text)
{
  xmlNode *node = text_element (b, parent, name, class_name, text);

  xmlSetProp (node, BAD_CAST "dir", BAD_CAST "auto");
  return node;
}

/* A link, only to the web: anything else (javascript:, data:, file:) is
 * no link at all. */
static xmlNode *
link_element (Build      *b,
              xmlNode    *parent,
              const char *href,
              const char *class_name,
              const char *text)
{
  xmlNode *node;

  if (!sv_uri_is_web (href))
    return NULL;

  node = text_element (b, parent, "a", class_name, text);
  set_attribute (node, "href", href);
  return node;
}

static void
add_separator (Build      *b,
               xmlNode    *parent,
               const char *separator)
{
  if (parent->children != NULL)
    add_text (b, parent, separator);
}

/* Adds FORMAT's text around NODE, which stands for its "%s". */
static void
add_text_around (Build      *b,
                 xmlNode    *parent,
                 const char *format,
                 xmlNode    *node)
{
  const char      *mark = strstr (format, "%s");
  g_autofree char *before = g_strndup (format, mark != NULL ? (gsize) (mark - format) : strlen (format));

  add_text (b, parent, before);
  xmlAddChild (parent, node);
  if (mark != NULL)
    add_text (b, parent, mark + 2);
}

/* Finds the next web address in TEXT, for add_linked_text(). */
static const char *
find_web_address (const char *text,
                  gsize      *length)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      const char      *end;
      g_autofree char *candidate = NULL;

      if (g_ascii_strncasecmp (p, "http://", 7) != 0 && g_ascii_strncasecmp (p, "https://", 8) != 0)
        continue;
      if (p > text && g_ascii_isalnum (p[-1]))
        continue;

      end = p;
      while (*end != '\0' && !g_ascii_isspace (*end) && (guchar) *end < 0x80 && strchr ("<>\"", *end) == NULL)
        end++;

      /* Sentence punctuation after an address is not part of it; a closing
       * parenthesis is, when the address opened one. */
      while (end > p && (strchr (".,;:!?'", end[-1]) != NULL ||
                         (end[-1] == ')' && memchr (p, '(', end - p) == NULL)))
        end--;

      candidate = g_strndup (p, end - p);
      if (sv_uri_is_web (candidate))
        {
          *length = end - p;
          return p;
        }
    }

  return NULL;
}

/* A paragraph of user text where web addresses become links, showing the
 * address itself, and everything else stays text. */
static void
add_linked_text (Build      *b,
                 xmlNode    *parent,
                 const char *text)
{
  g_autofree char *clean = clean_text (text);
  const char      *p = clean;
  const char      *start;
  gsize            length;

  while ((start = find_web_address (p, &length)) != NULL)
    {
      g_autofree char *before = g_strndup (p, start - p);
      g_autofree char *address = g_strndup (start, length);

      if (*before != '\0')
        add_text (b, parent, before);
      link_element (b, parent, address, NULL, address);
      p = start + length;
    }

  if (*p != '\0')
    add_text (b, parent, p);
}

/* One <p> per line, so that the import gives back the same lines. */
static void
add_paragraphs (Build      *b,
                xmlNode    *parent,
                const char *text)
{
  /* Cleaned first: a carriage return is a line break too. */
  g_autofree char *clean = clean_text (text);
  g_auto (GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      xmlNode *p = element (b, parent, "p", NULL);

      xmlSetProp (p, BAD_CAST "dir", BAD_CAST "auto");
      add_linked_text (b, p, lines[i]);
    }
}

/* A heading DEPTH levels below the trip's title. */
static xmlNode *
heading (Build      *b,
         xmlNode    *parent,
         int         depth,
         const char *class_name)
{
  char name[3] = { 'h', (char) ('0' + MIN (b->level + depth, 6)), '\0' };

  return element (b, parent, name, class_name);
}

/* An empty <p/> is XML but a broken page in HTML; void elements are the
 * only ones that may close themselves. */
static void
close_empty_elements (Build   *b,
                      xmlNode *node)
{
  static const char *void_elements[] = { "area", "base", "br", "col", "embed", "hr", "img",
                                         "input", "link", "meta", "source", "track", "wbr", NULL };

  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (node->children != NULL)
        close_empty_elements (b, node->children);
      else if (!g_strv_contains (void_elements, (const char *) node->name))
        xmlAddChild (node, xmlNewDocText (b->doc, BAD_CAST ""));
    }
}

static int
write_to_array (void       *context,
                const char *buffer,
                int         length)
{
  g_byte_array_append (context, (const guint8 *) buffer, length);
  return length;
}

static GBytes *
serialize (xmlDoc *doc)
{
  GByteArray  *array = g_byte_array_new ();
  xmlSaveCtxt *save;

  /* No XML declaration: HTML reads it as a bogus comment. The document is
   * UTF-8 either way. */
  save = xmlSaveToIO (write_to_array, NULL, array, "UTF-8",
                      XML_SAVE_NO_DECL | XML_SAVE_FORMAT | XML_SAVE_AS_XML);
  xmlSaveDoc (save, doc);
  xmlSaveClose (save);

  return g_byte_array_free_to_bytes (array);
}

/* Photos */

static void
photo_file_free (PhotoFile *file)
{
  g_free (file->name);
  g_bytes_unref (file->bytes);
  g_free (file);
}

/* The photo's type from its bytes where they tell, else as stored. */
static const char *
photo_mime_type (SvPhoto *photo,
                 GBytes  *bytes)
{
  const char *sniffed = sv_image_sniff (bytes);
  const char *stored = sv_photo_get_mime_type (photo);

  if (sniffed != NULL)
    return sniffed;
  if (stored != NULL && g_regex_match_simple ("^image/[a-z0-9.+-]+$", stored, 0, 0))
    return stored;
  return "application/octet-stream";
}

static char *
photo_source (Build   *b,
              SvPhoto *photo,
              GBytes  *bytes)
{
  const char      *mime_type = photo_mime_type (photo, bytes);
  const char      *extension = sv_image_get_extension (mime_type);
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  if (b->job->embed_images)
    {
      gsize            size;
      gconstpointer    data = g_bytes_get_data (bytes, &size);
      g_autofree char *base64 = g_base64_encode (data, size);

      return g_strconcat ("data:", mime_type, ";base64,", base64, NULL);
    }

  /* Named by content: the same photo gets the same name in every export,
   * whatever its id in this scrapbook. */
  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  name = g_strdup_printf ("%.16s.%s", hash, extension != NULL ? extension : "img");

  if (!g_hash_table_contains (b->file_names, name))
    {
      PhotoFile *file = g_new0 (PhotoFile, 1);

      file->name = g_strdup (name);
      file->bytes = g_bytes_ref (bytes);
      g_ptr_array_add (b->photo_files, file);
      g_hash_table_add (b->file_names, g_strdup (name));
    }

  folder = g_uri_escape_string (b->files_dir, NULL, FALSE);
  return g_strconcat (folder, "/", name, NULL);
}

static gboolean
add_photos (Build   *b,
            xmlNode *article,
            SvEntry *entry,
            GError **error)
{
  g_autoptr (GPtrArray) photos = NULL;

  if (sv_entry_get_first_photo_id (entry) == 0)
    return TRUE;

  photos = sv_store_list_photos (b->store, sv_entry_get_id (entry), error);
  if (photos == NULL)
    return FALSE;

  for (guint i = 0; i < photos->len; i++)
    {
      SvPhoto    *photo = g_ptr_array_index (photos, i);
      const char *caption = sv_photo_get_caption (photo);
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *source = NULL;
      xmlNode         *figure;
      xmlNode         *img;

      if (g_cancellable_set_error_if_cancelled (b->cancellable, error))
        return FALSE;

      bytes = sv_store_load_photo_bytes (b->store, sv_photo_get_id (photo), error);
      if (bytes == NULL)
        return FALSE;

      source = photo_source (b, photo, bytes);
      figure = element (b, article, "figure", "sv-photo");
      if (sv_photo_get_id (photo) == b->cover_photo_id)
        xmlSetProp (figure, BAD_CAST "data-cover", BAD_CAST "true");

      img = element (b, figure, "img", NULL);
      xmlSetProp (img, BAD_CAST "src", BAD_CAST source);
      /* The caption says what the photo shows; without one it is
       * decoration to a screen reader. */
      set_attribute (img, "alt", caption != NULL ? caption : "");
      if (sv_photo_get_width (photo) > 0 && sv_photo_get_height (photo) > 0)
        {
          set_int_attribute (img, "width", sv_photo_get_width (photo));
          set_int_attribute (img, "height", sv_photo_get_height (photo));
        }

      if (caption != NULL)
        user_text_element (b, figure, "figcaption", NULL, caption);
    }

  return TRUE;
}

/* Entries */

static void
add_time (Build      *b,
          xmlNode    *parent,
          const char *class_name,
          const char *day,
          int         minutes)
{
  g_autofree char *shown = sv_time_format (minutes);
  g_autofree char *datetime = g_strdup_printf ("%sT%s", day, shown);
  xmlNode         *time = text_element (b, parent, "time", class_name, shown);

  xmlSetProp (time, BAD_CAST "datetime", BAD_CAST datetime);
}

/* Badges stand side by side, apart from the time before them. */
static void
add_badge (Build      *b,
           xmlNode    *meta,
           const char *class_name,
           const char *label)
{
  g_autofree char *classes = g_strconcat ("sv-badge ", class_name, NULL);
  xmlNode         *last = xmlGetLastChild (meta);

  add_text (b, meta, last != NULL && has_class (last, "sv-badge") ? " " : " · ");
  text_element (b, meta, "span", classes, label);
}

static void
add_rating (Build   *b,
            xmlNode *parent,
            int      rating)
{
  g_autofree char *label = sv_rating_dup_label (rating);
  g_autofree char *stars = sv_rating_dup_stars (rating);
  xmlNode         *span;

  /* Stars for the eye, words for a screen reader. */
  span = text_element (b, parent, "span", "sv-rating", stars);
  xmlSetProp (span, BAD_CAST "role", BAD_CAST "img");
  set_attribute (span, "aria-label", label);
  set_attribute (span, "title", label);
  set_int_attribute (span, "data-rating", rating);
}

static void
add_meta (Build   *b,
          xmlNode *header,
          SvEntry *entry)
{
  xmlNode *meta = element (b, header, "p", "sv-meta");
  SvTalk  *talk = sv_entry_get_talk (entry);
  SvMeal  *meal = sv_entry_get_meal (entry);

  text_element (b, meta, "span", "sv-kind", sv_entry_kind_get_label (sv_entry_get_kind (entry)));

  if (sv_entry_get_day (entry) != NULL && sv_entry_get_start_time (entry) >= 0)
    {
      add_separator (b, meta, " · ");
      add_time (b, meta, "sv-start dt-start", sv_entry_get_day (entry), sv_entry_get_start_time (entry));
      if (sv_entry_get_end_time (entry) >= 0)
        {
          add_text (b, meta, "–");
          add_time (b, meta, "sv-end dt-end", sv_entry_get_day (entry), sv_entry_get_end_time (entry));
        }
    }

  if (sv_entry_get_highlight (entry))
    add_badge (b, meta, "sv-badge-highlight", _ ("Highlight"));
  if (talk != NULL && sv_talk_get_role (talk) != SV_TALK_ROLE_ATTENDED)
    add_badge (b, meta, "sv-badge-role", sv_talk_role_get_label (sv_talk_get_role (talk)));
  if (talk != NULL && sv_talk_get_recommended (talk))
    add_badge (b, meta, "sv-badge-recommended", _ ("Recommended"));
  if (meal != NULL && sv_meal_get_favourite_rank (meal) == 1)
    add_badge (b, meta, "sv-badge-favourite", _ ("Favourite of the trip"));
  else if (meal != NULL && sv_meal_get_favourite_rank (meal) > 1)
    {
      /* Translators: the rank of a meal among the trip's favourites, "No. 2 of the trip" */
      g_autofree char *label = g_strdup_printf (_ ("No. %d of the trip"), sv_meal_get_favourite_rank (meal));

      add_badge (b, meta, "sv-badge-favourite", label);
    }
  if (sv_entry_get_private (entry))
    add_badge (b, meta, "sv-badge-private", _ ("Private"));

  if (b->job->include_ratings && sv_entry_get_rating (entry) > 0)
    {
      add_separator (b, meta, " · ");
      add_rating (b, meta, sv_entry_get_rating (entry));
    }
}

/* Names joined by commas, each in an element of its own. */
static void
add_names (Build              *b,
           xmlNode            *parent,
           const char         *class_name,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        add_text (b, parent, ", ");
      user_text_element (b, parent, "span", class_name, names[i]);
    }
}

/* A row of the entry's details, in a <dl> made on first use. */
static xmlNode *
add_detail (Build      *b,
            xmlNode    *article,
            xmlNode   **list,
            const char *label,
            const char *class_name)
{
  if (*list == NULL)
    *list = element (b, article, "dl", "sv-details");

  text_element (b, *list, "dt", NULL, label);
  return element (b, *list, "dd", class_name);
}

static void
add_user_detail (Build      *b,
                 xmlNode    *article,
                 xmlNode   **list,
                 const char *label,
                 const char *class_name,
                 const char *text)
{
  xmlNode *dd = add_detail (b, article, list, label, class_name);

  xmlSetProp (dd, BAD_CAST "dir", BAD_CAST "auto");
  add_text (b, dd, text);
}

static void
add_place (Build   *b,
           xmlNode *dd,
           SvPlace *place)
{
  g_autofree char *osm = sv_place_dup_osm_url (place);
  xmlNode         *name;

  set_attribute (dd, "data-category", sv_place_category_to_string (sv_place_get_category (place)));

  name = link_element (b, dd, osm, "sv-place-name p-name", sv_place_get_name (place));
  if (name != NULL)
    set_attribute (name, "title", _ ("Show on OpenStreetMap"));
  else
    user_text_element (b, dd, "span", "sv-place-name p-name", sv_place_get_name (place));

  if (sv_place_get_address (place) != NULL)
    {
      add_text (b, dd, ", ");
      user_text_element (b, dd, "span", "sv-address p-street-address", sv_place_get_address (place));
    }

  if (sv_place_get_url (place) != NULL && sv_uri_is_web (sv_place_get_url (place)))
    {
      add_text (b, dd, " · ");
      link_element (b, dd, sv_place_get_url (place), "sv-place-url u-url", _ ("Website"));
    }

  if (sv_place_get_has_location (place))
    {
      g_autofree char *latitude = format_number (sv_place_get_latitude (place));
      g_autofree char *longitude = format_number (sv_place_get_longitude (place));

      xmlSetProp (element (b, dd, "data", "sv-latitude p-latitude"), BAD_CAST "value", BAD_CAST latitude);
      xmlSetProp (element (b, dd, "data", "sv-longitude p-longitude"), BAD_CAST "value", BAD_CAST longitude);
    }
}

static void
add_details (Build   *b,
             xmlNode *article,
             SvEntry *entry,
             SvPlace *place)
{
  xmlNode *list = NULL;
  xmlNode *dd;
  SvTalk  *talk = sv_entry_get_talk (entry);
  SvMeal  *meal = sv_entry_get_meal (entry);

  if (place != NULL)
    add_place (b, add_detail (b, article, &list, _ ("Where"), "sv-place h-card p-location"), place);

  if (talk != NULL && sv_talk_get_room (talk) != NULL)
    add_user_detail (b, article, &list, _ ("Room"), "sv-room", sv_talk_get_room (talk));
  if (talk != NULL && sv_talk_get_track (talk) != NULL)
    add_user_detail (b, article, &list, _ ("Track"), "sv-track", sv_talk_get_track (talk));

  if (meal != NULL)
    {
      add_text (b, add_detail (b, article, &list, _ ("Meal"), "sv-meal-type"),
                sv_meal_type_get_label (sv_meal_get_meal_type (meal)));

      if (sv_meal_get_dishes (meal) != NULL)
        add_user_detail (b, article, &list, _ ("Dishes"), "sv-dishes", sv_meal_get_dishes (meal));

      if (b->job->include_prices && sv_meal_get_price (meal) >= 0)
        {
          g_autofree char *value = format_number (sv_meal_get_price (meal));
          g_autofree char *shown = NULL;

          if (sv_meal_get_currency (meal) != NULL)
            /* Translators: a price and its currency, "8.00 USD" */
            shown = g_strdup_printf (_ ("%.2f %s"), sv_meal_get_price (meal), sv_meal_get_currency (meal));
          else
            shown = g_strdup_printf ("%.2f", sv_meal_get_price (meal));

          dd = add_detail (b, article, &list, _ ("Price"), "sv-price");
          xmlSetProp (dd, BAD_CAST "data-price", BAD_CAST value);
          add_text (b, dd, shown);
        }
    }

  if (talk != NULL && sv_talk_get_video_url (talk) != NULL)
    link_element (b, add_detail (b, article, &list, _ ("Video"), NULL), sv_talk_get_video_url (talk),
                  "sv-video", sv_talk_get_video_url (talk));
  if (talk != NULL && sv_talk_get_slides_url (talk) != NULL)
    link_element (b, add_detail (b, article, &list, _ ("Slides"), NULL), sv_talk_get_slides_url (talk),
                  "sv-slides", sv_talk_get_slides_url (talk));

  if (sv_entry_get_people (entry) != NULL)
    add_names (b, add_detail (b, article, &list, _ ("Met"), NULL), "sv-person", sv_entry_get_people (entry));
}

/* The machine-readable values of an entry, for the import. */
static void
set_entry_data (Build   *b,
                xmlNode *article,
                SvEntry *entry)
{
  SvTalk *talk = sv_entry_get_talk (entry);
  SvMeal *meal = sv_entry_get_meal (entry);

  xmlSetProp (article, BAD_CAST "data-kind", BAD_CAST sv_entry_kind_to_string (sv_entry_get_kind (entry)));
  if (sv_entry_get_highlight (entry))
    xmlSetProp (article, BAD_CAST "data-highlight", BAD_CAST "true");
  if (sv_entry_get_private (entry))
    xmlSetProp (article, BAD_CAST "data-private", BAD_CAST "true");

  if (talk != NULL)
    {
      xmlSetProp (article, BAD_CAST "data-role", BAD_CAST sv_talk_role_to_string (sv_talk_get_role (talk)));
      if (sv_talk_get_recommended (talk))
        xmlSetProp (article, BAD_CAST "data-recommended", BAD_CAST "true");
    }

  if (meal != NULL)
    {
      xmlSetProp (article, BAD_CAST "data-meal", BAD_CAST sv_meal_type_to_string (sv_meal_get_meal_type (meal)));
      if (sv_meal_get_favourite_rank (meal) > 0)
        set_int_attribute (article, "data-favourite", sv_meal_get_favourite_rank (meal));
      if (b->job->include_prices && sv_meal_get_currency (meal) != NULL)
        set_attribute (article, "data-currency", sv_meal_get_currency (meal));
    }
}

static gboolean
add_entry (Build      *b,
           xmlNode    *section,
           SvEntry    *entry,
           SvPlace    *place,
           const char *id,
           GError    **error)
{
  g_autofree char *classes = NULL;
  xmlNode         *article;
  xmlNode         *header;
  xmlNode         *title;

  classes = g_strconcat ("sv-entry ", sv_entry_get_day (entry) != NULL ? "h-event " : "",
                         "sv-kind-", sv_entry_kind_to_string (sv_entry_get_kind (entry)), NULL);
  article = element (b, section, "article", classes);
  xmlSetProp (article, BAD_CAST "id", BAD_CAST id);
  set_entry_data (b, article, entry);

  header = element (b, article, "header", NULL);
  add_meta (b, header, entry);
  title = heading (b, header, 2, "sv-title p-name");
  xmlSetProp (title, BAD_CAST "dir", BAD_CAST "auto");
  add_text (b, title, sv_entry_get_title (entry));

  if (sv_entry_get_speakers (entry) != NULL)
    add_names (b, element (b, header, "p", "sv-speakers"), "sv-speaker", sv_entry_get_speakers (entry));

  if (sv_entry_get_body (entry) != NULL)
    add_paragraphs (b, element (b, article, "div", "sv-body e-content"), sv_entry_get_body (entry));

  add_details (b, article, entry, place);

  if (!add_photos (b, article, entry, error))
    return FALSE;

  if (sv_entry_get_tags (entry) != NULL)
    {
      xmlNode *tags = element (b, article, "p", "sv-tags");

      text_element (b, tags, "span", "sv-label", _ ("Tags:"));
      add_text (b, tags, " ");
      add_names (b, tags, "sv-tag p-category", sv_entry_get_tags (entry));
    }

  return TRUE;
}

/* The trip */

static void
add_dates (Build   *b,
           xmlNode *event,
           SvTrip  *trip)
{
  const char      *start = sv_trip_get_start_date (trip);
  const char      *end = sv_trip_get_end_date (trip);
  g_autofree char *start_shown = NULL;
  xmlNode         *time;
  GDate            first, last;

  if (!sv_date_parse (start, &first))
    return;

  add_separator (b, event, " · ");

  /* The year once when both days are in the same one. */
  if (sv_date_parse (end, &last) && g_date_get_year (&first) == g_date_get_year (&last))
    /* Translators: the first day of a trip that ends later in the same
     * year, see g_date_time_format() */
    start_shown = sv_date_format (start, _ ("%-d %B"));
  else
    /* Translators: a date with its year, see g_date_time_format() */
    start_shown = sv_date_format (start, _ ("%-d %B %Y"));

  time = text_element (b, event, "time", "sv-start dt-start", start_shown);
  xmlSetProp (time, BAD_CAST "datetime", BAD_CAST start);

  if (sv_date_parse (end, NULL))
    {
      /* Translators: a date with its year, see g_date_time_format() */
      g_autofree char *end_shown = sv_date_format (end, _ ("%-d %B %Y"));

      add_text (b, event, " – ");
      time = text_element (b, event, "time", "sv-end dt-end", end_shown);
      xmlSetProp (time, BAD_CAST "datetime", BAD_CAST end);
    }
}

/* "us.pycon.org/2024" for https://us.pycon.org/2024/: what people read. */
static char *
dup_short_url (const char *url)
{
  const char *rest = strstr (url, "://");
  char       *shown = g_strdup (rest != NULL ? rest + 3 : url);
  gsize       length = strlen (shown);

  if (length > 1 && shown[length - 1] == '/')
    shown[length - 1] = '\0';
  return shown;
}

static void
add_trip_header (Build   *b,
                 xmlNode *article,
                 SvTrip  *trip)
{
  xmlNode *header = element (b, article, "header", "sv-trip-header");
  xmlNode *title = heading (b, header, 0, "sv-trip-title p-name");
  xmlNode *event;

  xmlSetProp (title, BAD_CAST "dir", BAD_CAST "auto");
  add_text (b, title, sv_trip_get_title (trip));

  event = element (b, NULL, "p", "sv-event h-event");

  if (sv_trip_get_event (trip) != NULL)
    user_text_element (b, event, "span", "sv-event-name p-name", sv_trip_get_event (trip));

  if (sv_trip_get_city (trip) != NULL || sv_trip_get_country (trip) != NULL)
    {
      xmlNode *location;

      add_separator (b, event, " · ");
      location = element (b, event, "span", "p-location h-adr");
      if (sv_trip_get_city (trip) != NULL)
        user_text_element (b, location, "span", "sv-city p-locality", sv_trip_get_city (trip));
      if (sv_trip_get_country (trip) != NULL)
        {
          add_separator (b, location, ", ");
          user_text_element (b, location, "span", "sv-country p-country-name", sv_trip_get_country (trip));
        }
    }

  add_dates (b, event, trip);

  if (sv_uri_is_web (sv_trip_get_url (trip)))
    {
      g_autofree char *shown = dup_short_url (sv_trip_get_url (trip));

      add_separator (b, event, " · ");
      link_element (b, event, sv_trip_get_url (trip), "sv-trip-url u-url", shown);
    }

  if (event->children != NULL)
    xmlAddChild (header, event);
  else
    xmlFreeNode (event);

  if (sv_trip_get_summary (trip) != NULL)
    add_paragraphs (b, element (b, article, "div", "sv-summary p-summary"), sv_trip_get_summary (trip));
}

static char *
dup_section_id (const Section *section)
{
  return section->day != NULL ? g_strconcat ("day-", section->day, NULL) : g_strdup ("trip-notes");
}

static void
add_section_title (Build         *b,
                   xmlNode       *parent,
                   const Section *section)
{
  g_autofree char *shown = NULL;
  xmlNode         *time;

  if (section->day == NULL)
    {
      add_text (b, parent, _ ("Notes"));
      return;
    }

  shown = sv_date_format_day (section->day);
  time = text_element (b, parent, "time", NULL, shown);
  xmlSetProp (time, BAD_CAST "datetime", BAD_CAST section->day);
}

static void
add_contents (Build   *b,
              xmlNode *article,
              GArray  *sections)
{
  xmlNode *nav = element (b, article, "nav", "sv-toc");
  xmlNode *title = heading (b, nav, 1, NULL);
  xmlNode *list;

  xmlSetProp (nav, BAD_CAST "aria-labelledby", BAD_CAST "sv-toc-title");
  xmlSetProp (title, BAD_CAST "id", BAD_CAST "sv-toc-title");
  add_text (b, title, _ ("Contents"));

  list = element (b, nav, "ol", NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      const Section   *section = &g_array_index (sections, Section, i);
      g_autofree char *id = dup_section_id (section);
      g_autofree char *href = g_strconcat ("#", id, NULL);
      xmlNode         *link = element (b, element (b, list, "li", NULL), "a", NULL);

      xmlSetProp (link, BAD_CAST "href", BAD_CAST href);
      add_section_title (b, link, section);
    }
}

static void
add_footer (Build   *b,
            xmlNode *article)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *datetime = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: a date with its year, see g_date_time_format() */
  g_autofree char *shown = sv_date_format (today, _ ("%-d %B %Y"));
  xmlNode         *p = element (b, element (b, article, "footer", "sv-footer"), "p", NULL);
  xmlNode         *time = text_element (b, NULL, "time", "sv-generated dt-published", shown);

  xmlSetProp (time, BAD_CAST "datetime", BAD_CAST datetime);
  /* Translators: at the end of an exported blog post; %s is the date */
  add_text_around (b, p, _ ("Made with Souvenir on %s"), time);
}

static void
free_sections (GArray *sections)
{
  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_unref (g_array_index (sections, Section, i).entries);
  g_array_unref (sections);
}

/* The entries to publish, by day, notes about the whole trip first (the
 * store gives them in that order). */
static GArray *
group_sections (Build     *b,
                GPtrArray *entries)
{
  GArray *sections = g_array_new (FALSE, TRUE, sizeof (Section));

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);
      Section *last = sections->len > 0 ? &g_array_index (sections, Section, sections->len - 1) : NULL;

      if (!b->job->include_private && sv_entry_get_private (entry))
        continue;

      if (last == NULL || g_strcmp0 (last->day, sv_entry_get_day (entry)) != 0)
        {
          Section section = { sv_entry_get_day (entry), g_ptr_array_new () };

          g_array_append_val (sections, section);
          last = &g_array_index (sections, Section, sections->len - 1);
        }

      g_ptr_array_add (last->entries, entry);
    }

  return sections;
}

static SvPlace *
lookup_place (Build      *b,
              GHashTable *places,
              SvEntry    *entry)
{
  gint64   id = sv_entry_get_place_id (entry);
  SvPlace *place;

  if (id == 0)
    return NULL;

  place = g_hash_table_lookup (places, &id);
  if (place == NULL)
    {
      place = sv_store_get_place (b->store, id, NULL);
      if (place != NULL)
        g_hash_table_insert (places, g_memdup2 (&id, sizeof id), place);
    }

  return place;
}

static gboolean
add_article (Build   *b,
             xmlNode *parent,
             SvTrip  *trip,
             GError **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) place_list = NULL;
  g_autoptr (GHashTable) places = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autofree char *language = dup_document_language ();
  GArray          *sections;
  xmlNode         *article;

  entries = sv_store_list_entries (b->store, b->job->trip_id, error);
  if (entries == NULL)
    return FALSE;
  place_list = sv_store_list_places (b->store, b->job->trip_id, error);
  if (place_list == NULL)
    return FALSE;
  for (guint i = 0; i < place_list->len; i++)
    {
      SvPlace *place = g_ptr_array_index (place_list, i);
      gint64   id = sv_place_get_id (place);

      g_hash_table_insert (places, g_memdup2 (&id, sizeof id), g_object_ref (place));
    }

  article = element (b, parent, "article", "h-entry sv-trip");
  if (parent == NULL)
    {
      xmlDocSetRootElement (b->doc, article);
      b->ns = xmlNewNs (article, BAD_CAST SV_XHTML_NAMESPACE, NULL);
      xmlSetNs (article, b->ns);
      xmlSetProp (article, BAD_CAST "lang", BAD_CAST language);
      xmlNodeSetLang (article, BAD_CAST language);
    }
  set_int_attribute (article, "data-souvenir", SV_XHTML_FORMAT_VERSION);

  add_trip_header (b, article, trip);

  sections = group_sections (b, entries);
  if (sections->len > 1)
    add_contents (b, article, sections);

  for (guint i = 0; i < sections->len; i++)
    {
      const Section   *section = &g_array_index (sections, Section, i);
      g_autofree char *id = dup_section_id (section);
      xmlNode         *element_section;

      element_section = element (b, article, "section", section->day != NULL ? "sv-day" : "sv-notes");
      xmlSetProp (element_section, BAD_CAST "id", BAD_CAST id);
      if (section->day != NULL)
        xmlSetProp (element_section, BAD_CAST "data-day", BAD_CAST section->day);
      add_section_title (b, heading (b, element_section, 1, NULL), section);

      for (guint j = 0; j < section->entries->len; j++)
        {
          SvEntry         *entry = g_ptr_array_index (section->entries, j);
          g_autofree char *entry_id = g_strdup_printf ("%s-%u", id, j + 1);

          if (g_cancellable_set_error_if_cancelled (b->cancellable, error) ||
              !add_entry (b, element_section, entry, lookup_place (b, places, entry), entry_id, error))
            {
              free_sections (sections);
              return FALSE;
            }
        }
    }

  free_sections (sections);
  add_footer (b, article);
  return TRUE;
}

static xmlNode *
add_page (Build  *b,
          SvTrip *trip)
{
  g_autoptr (GBytes) css = g_resource_lookup_data (sv_core_get_resource (), STYLESHEET_RESOURCE,
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  const char      *rules = g_bytes_get_data (css, NULL);
  const char      *comment_end = strstr (rules, "*/\n");
  g_autofree char *language = dup_document_language ();
  xmlNode         *html;
  xmlNode         *head;
  xmlNode         *meta;
  xmlNode         *style;

  xmlCreateIntSubset (b->doc, BAD_CAST "html", NULL, NULL);
  html = xmlNewDocNode (b->doc, NULL, BAD_CAST "html", NULL);
  xmlDocSetRootElement (b->doc, html);
  b->ns = xmlNewNs (html, BAD_CAST SV_XHTML_NAMESPACE, NULL);
  xmlSetNs (html, b->ns);
  xmlSetProp (html, BAD_CAST "lang", BAD_CAST language);
  xmlNodeSetLang (html, BAD_CAST language);

  head = element (b, html, "head", NULL);
  xmlSetProp (element (b, head, "meta", NULL), BAD_CAST "charset", BAD_CAST "UTF-8");
  meta = element (b, head, "meta", NULL);
  xmlSetProp (meta, BAD_CAST "name", BAD_CAST "viewport");
  xmlSetProp (meta, BAD_CAST "content", BAD_CAST "width=device-width, initial-scale=1");
  meta = element (b, head, "meta", NULL);
  xmlSetProp (meta, BAD_CAST "name", BAD_CAST "generator");
  xmlSetProp (meta, BAD_CAST "content", BAD_CAST "Souvenir " SV_VERSION);
  meta = element (b, head, "meta", NULL);
  xmlSetProp (meta, BAD_CAST "name", BAD_CAST "color-scheme");
  xmlSetProp (meta, BAD_CAST "content", BAD_CAST "light dark");
  text_element (b, head, "title", NULL, sv_trip_get_title (trip));
  style = element (b, head, "style", NULL);
  /* The rules without the file's opening comment, which is for us. */
  if (g_str_has_prefix (rules, "/*") && comment_end != NULL)
    rules = comment_end + 3;
  xmlAddChild (style, xmlNewDocText (b->doc, BAD_CAST "\n"));
  xmlNodeAddContent (style, BAD_CAST rules);

  return element (b, element (b, html, "body", NULL), "main", NULL);
}

static GBytes *
build_document (Build   *b,
                GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  xmlNode *parent = NULL;

  trip = sv_store_get_trip (b->store, b->job->trip_id, &local_error);
  if (trip == NULL)
    {
      g_set_error_literal (error, SV_EXPORT_ERROR, SV_EXPORT_ERROR_READ, local_error->message);
      return NULL;
    }
  b->cover_photo_id = sv_trip_get_cover_photo_id (trip);

  b->doc = xmlNewDoc (BAD_CAST "1.0");
  b->level = b->job->fragment ? 2 : 1;

  if (!b->job->fragment)
    parent = add_page (b, trip);

  if (!add_article (b, parent, trip, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, SV_EXPORT_ERROR, SV_EXPORT_ERROR_READ, local_error->message);
      return NULL;
    }

  close_empty_elements (b, xmlDocGetRootElement (b->doc));
  return serialize (b->doc);
}

/* Writing */

static char *
dup_files_dir (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  char            *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';

  return g_strconcat (name, "_files", NULL);
}

static gboolean
set_write_error (GError **error,
                 GFile   *file,
                 GError  *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, cause);
      return FALSE;
    }

  g_set_error (error, SV_EXPORT_ERROR, SV_EXPORT_ERROR_WRITE,
               _ ("“%s” could not be written: %s"), name, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
write_photos (Build   *b,
              GFile   *file,
              GError **error)
{
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autoptr (GFile) folder = NULL;
  GError *local_error = NULL;

  if (b->photo_files->len == 0)
    return TRUE;

  folder = g_file_get_child (parent, b->files_dir);
  if (!g_file_make_directory (folder, b->cancellable, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        return set_write_error (error, folder, local_error);
      g_clear_error (&local_error);
    }

  for (guint i = 0; i < b->photo_files->len; i++)
    {
      PhotoFile *photo = g_ptr_array_index (b->photo_files, i);
      g_autoptr (GFile) child = g_file_get_child (folder, photo->name);
      gsize         size;
      gconstpointer data = g_bytes_get_data (photo->bytes, &size);

      if (!g_file_replace_contents (child, data, size, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, b->cancellable, &local_error))
        return set_write_error (error, child, local_error);
    }

  return TRUE;
}

static gboolean
run_job (const Job    *job,
         SvStore      *store,
         GCancellable *cancellable,
         GError      **error)
{
  g_autoptr (GBytes) document = NULL;
  g_autoptr (GPtrArray) photo_files = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_file_free);
  g_autoptr (GHashTable) file_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *files_dir = dup_files_dir (job->file);
  GError          *local_error = NULL;
  Build            b = {
               .job = job,
               .store = store,
               .cancellable = cancellable,
               .files_dir = files_dir,
               .photo_files = photo_files,
               .file_names = file_names,
  };
  gsize         size;
  gconstpointer data;

  document = build_document (&b, error);
  g_clear_pointer (&b.doc, xmlFreeDoc);
  if (document == NULL)
    return FALSE;

  /* Photos first: the page never points at a photo not written yet. */
  if (!write_photos (&b, job->file, error))
    return FALSE;

  data = g_bytes_get_data (document, &size);
  if (!g_file_replace_contents (job->file, data, size, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, cancellable, &local_error))
    return set_write_error (error, job->file, local_error);

  return TRUE;
}

static Job *
job_new (SvXhtmlExporter *self,
         GFile           *file)
{
  Job *job = g_new0 (Job, 1);

  job->store = g_object_ref (self->store);
  job->file = g_object_ref (file);
  job->trip_id = self->trip_id;
  job->fragment = self->fragment;
  job->embed_images = self->embed_images;
  job->include_private = self->include_private;
  job->include_prices = self->include_prices;
  job->include_ratings = self->include_ratings;

  return job;
}

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* GObject */

static void
sv_xhtml_exporter_dispose (GObject *object)
{
  SvXhtmlExporter *self = SV_XHTML_EXPORTER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sv_xhtml_exporter_parent_class)->dispose (object);
}

static void
sv_xhtml_exporter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SvXhtmlExporter *self = SV_XHTML_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TRIP_ID:
      g_value_set_int64 (value, self->trip_id);
      break;
    case PROP_FRAGMENT:
      g_value_set_boolean (value, self->fragment);
      break;
    case PROP_EMBED_IMAGES:
      g_value_set_boolean (value, self->embed_images);
      break;
    case PROP_INCLUDE_PRIVATE:
      g_value_set_boolean (value, self->include_private);
      break;
    case PROP_INCLUDE_PRICES:
      g_value_set_boolean (value, self->include_prices);
      break;
    case PROP_INCLUDE_RATINGS:
      g_value_set_boolean (value, self->include_ratings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_xhtml_exporter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SvXhtmlExporter *self = SV_XHTML_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TRIP_ID:
      sv_xhtml_exporter_set_trip_id (self, g_value_get_int64 (value));
      break;
    case PROP_FRAGMENT:
      sv_xhtml_exporter_set_fragment (self, g_value_get_boolean (value));
      break;
    case PROP_EMBED_IMAGES:
      sv_xhtml_exporter_set_embed_images (self, g_value_get_boolean (value));
      break;
    case PROP_INCLUDE_PRIVATE:
      sv_xhtml_exporter_set_include_private (self, g_value_get_boolean (value));
      break;
    case PROP_INCLUDE_PRICES:
      sv_xhtml_exporter_set_include_prices (self, g_value_get_boolean (value));
      break;
    case PROP_INCLUDE_RATINGS:
      sv_xhtml_exporter_set_include_ratings (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_xhtml_exporter_class_init (SvXhtmlExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sv_xhtml_exporter_dispose;
  object_class->get_property = sv_xhtml_exporter_get_property;
  object_class->set_property = sv_xhtml_exporter_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FRAGMENT] =
    g_param_spec_boolean ("fragment", NULL, NULL, FALSE, flags);
  properties[PROP_EMBED_IMAGES] =
    g_param_spec_boolean ("embed-images", NULL, NULL, FALSE, flags);
  properties[PROP_INCLUDE_PRIVATE] =
    g_param_spec_boolean ("include-private", NULL, NULL, TRUE, flags | G_PARAM_CONSTRUCT);
  properties[PROP_INCLUDE_PRICES] =
    g_param_spec_boolean ("include-prices", NULL, NULL, TRUE, flags | G_PARAM_CONSTRUCT);
  properties[PROP_INCLUDE_RATINGS] =
    g_param_spec_boolean ("include-ratings", NULL, NULL, TRUE, flags | G_PARAM_CONSTRUCT);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once, before any worker thread uses libxml2. */
  xmlInitParser ();
}

static void
sv_xhtml_exporter_init (SvXhtmlExporter *self)
{
  self->include_private = TRUE;
  self->include_prices = TRUE;
  self->include_ratings = TRUE;
}

/* Public */

SvXhtmlExporter *
sv_xhtml_exporter_new (SvStore *store,
                       gint64   trip_id)
{
  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  return g_object_new (SV_TYPE_XHTML_EXPORTER,
                       "store", store,
                       "trip-id", trip_id,
                       NULL);
}

SvStore *
sv_xhtml_exporter_get_store (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), NULL);

  return self->store;
}

gint64
sv_xhtml_exporter_get_trip_id (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), 0);

  return self->trip_id;
}

void
sv_xhtml_exporter_set_trip_id (SvXhtmlExporter *self,
                               gint64           trip_id)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  if (self->trip_id == trip_id)
    return;

  self->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
}

gboolean
sv_xhtml_exporter_get_fragment (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);

  return self->fragment;
}

void
sv_xhtml_exporter_set_fragment (SvXhtmlExporter *self,
                                gboolean         fragment)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  set_boolean (self, &self->fragment, fragment, PROP_FRAGMENT);
}

gboolean
sv_xhtml_exporter_get_embed_images (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);

  return self->embed_images;
}

void
sv_xhtml_exporter_set_embed_images (SvXhtmlExporter *self,
                                    gboolean         embed_images)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  set_boolean (self, &self->embed_images, embed_images, PROP_EMBED_IMAGES);
}

gboolean
sv_xhtml_exporter_get_include_private (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);

  return self->include_private;
}

void
sv_xhtml_exporter_set_include_private (SvXhtmlExporter *self,
                                       gboolean         include_private)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  set_boolean (self, &self->include_private, include_private, PROP_INCLUDE_PRIVATE);
}

gboolean
sv_xhtml_exporter_get_include_prices (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);

  return self->include_prices;
}

void
sv_xhtml_exporter_set_include_prices (SvXhtmlExporter *self,
                                      gboolean         include_prices)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  set_boolean (self, &self->include_prices, include_prices, PROP_INCLUDE_PRICES);
}

gboolean
sv_xhtml_exporter_get_include_ratings (SvXhtmlExporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);

  return self->include_ratings;
}

void
sv_xhtml_exporter_set_include_ratings (SvXhtmlExporter *self,
                                       gboolean         include_ratings)
{
  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));

  set_boolean (self, &self->include_ratings, include_ratings, PROP_INCLUDE_RATINGS);
}

gboolean
sv_xhtml_exporter_write (SvXhtmlExporter *self,
                         GFile           *file,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr (Job) job = NULL;

  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = job_new (self, file);
  return run_job (job, self->store, cancellable, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const Job *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;

  store = sv_store_open_connection (job->store, &error);
  if (store == NULL)
    {
      g_task_return_new_error (task, SV_EXPORT_ERROR, SV_EXPORT_ERROR_READ, "%s", error->message);
      return;
    }

  if (!run_job (job, store, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
sv_xhtml_exporter_write_async (SvXhtmlExporter    *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (SV_IS_XHTML_EXPORTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sv_xhtml_exporter_write_async);
  g_task_set_task_data (task, job_new (self, file), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
sv_xhtml_exporter_write_finish (SvXhtmlExporter *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (SV_IS_XHTML_EXPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
