/* sv-xhtml-importer.c: a blog post exported by Souvenir, read back into a new trip.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <math.h>
#include <string.h>

#include "sv-date.h"
#include "sv-image.h"
#include "sv-xhtml-format.h"
#include "sv-xhtml-importer.h"

#define DEFAULT_MAX_SIZE (64 * 1024 * 1024)
/* Our own documents nest about a dozen elements deep. */
#define MAX_DEPTH 64

struct _SvXhtmlImporter
{
  GObject parent_instance;

  /* owned */
  SvStore *store;

  guint64 max_size;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvXhtmlImporter, sv_xhtml_importer, G_TYPE_OBJECT)
G_DEFINE_QUARK (sv_import_error_quark, sv_import_error)

/* An entry as read, before the store gives it ids. */
typedef struct
{
  SvEntry   *entry;
  SvPlace   *place;  /* borrowed from Import.places */
  GPtrArray *photos; /* SvPhoto, with their bytes */
  int        cover;  /* index in photos of the trip's cover, or -1 */
} ImportedEntry;

/* The whole trip as read. */
typedef struct
{
  GFile        *file;
  GFile        *folder; /* where the file is, for its _files folder */
  char         *name;   /* of the file, for messages */
  guint64       max_size;
  GCancellable *cancellable;

  SvTrip     *trip;
  GPtrArray  *entries;    /* ImportedEntry */
  GPtrArray  *places;     /* SvPlace, each one once */
  GHashTable *place_keys; /* name and location → SvPlace in places */
} Import;

static void
imported_entry_free (ImportedEntry *imported)
{
  g_clear_object (&imported->entry);
  g_clear_pointer (&imported->photos, g_ptr_array_unref);
  g_free (imported);
}

static void
import_clear (Import *import)
{
  g_clear_object (&import->file);
  g_clear_object (&import->folder);
  g_clear_pointer (&import->name, g_free);
  g_clear_object (&import->trip);
  g_clear_pointer (&import->entries, g_ptr_array_unref);
  g_clear_pointer (&import->place_keys, g_hash_table_unref);
  g_clear_pointer (&import->places, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* Errors */

static gboolean
set_error (GError    **error,
           int         code,
           const char *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_error (GError    **error,
           int         code,
           const char *format,
           ...)
{
  GError *new_error;
  va_list args;

  va_start (args, format);
  new_error = g_error_new_valist (SV_IMPORT_ERROR, code, format, args);
  va_end (args);
  g_propagate_error (error, new_error);

  return FALSE;
}

static void
set_error_too_large (GError    **error,
                     const char *name,
                     guint64     max_size)
{
  /* Formatted apart: xgettext cannot see through G_GUINT64_FORMAT. */
  g_autofree char *mib = g_strdup_printf ("%" G_GUINT64_FORMAT, max_size / (1024 * 1024));

  /* Translators: the second %s is a number of mebibytes */
  set_error (error, SV_IMPORT_ERROR_TOO_LARGE, _ ("“%s” is too large to import (%s MiB at most)."), name, mib);
}

/* A value of an entry that is not what Souvenir writes. */
static gboolean
set_invalid (GError    **error,
             const char *title,
             const char *what)
{
  return set_error (error, SV_IMPORT_ERROR_INVALID,
                    /* Translators: the first %s is an entry's title, the second what is wrong */
                    _ ("The entry “%s” cannot be imported: %s."), title, what);
}

/* Reading the file */

/* FILE's contents, unless it is larger than MAX_SIZE. A photo must really
 * be in its folder, so FOLLOW_LINKS is FALSE for photos. */
static GBytes *
load_limited (GFile        *file,
              guint64       max_size,
              gboolean      follow_links,
              const char   *name,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            follow_links ? G_FILE_QUERY_INFO_NONE : G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                            cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_error (error, SV_IMPORT_ERROR_READ, _ ("“%s” does not exist."), name);
      else
        set_error (error, SV_IMPORT_ERROR_READ, _ ("“%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_error (error, SV_IMPORT_ERROR_READ, _ ("“%s” is not a file."), name);
      return NULL;
    }

  if ((guint64) g_file_info_get_size (info) > max_size)
    {
      set_error_too_large (error, name, max_size);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_error (error, SV_IMPORT_ERROR_READ, _ ("“%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  /* It may have grown since it was measured. */
  if (length > max_size)
    {
      g_free (contents);
      set_error_too_large (error, name, max_size);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* Refuses, before libxml2 sees them, the declarations that make a parser
 * fetch files or expand entities: we write none but <!DOCTYPE html>. */
static gboolean
check_declarations (const Import *import,
                    GBytes       *bytes,
                    GError      **error)
{
  gsize       size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + size;
  const char *p;

  if (g_strstr_len (data, size, "<!ENTITY") != NULL)
    return set_error (error, SV_IMPORT_ERROR_UNSAFE,
                      _ ("“%s” declares entities. Souvenir does not expand them, so it cannot import the file."),
                      import->name);

  p = g_strstr_len (data, size, "<!DOCTYPE");
  if (p == NULL)
    return TRUE;

  p += strlen ("<!DOCTYPE");
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (end - p >= 4 && g_ascii_strncasecmp (p, "html", 4) == 0)
    p += 4;
  else
    p = end;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p == end || *p != '>' || g_strstr_len (p, end - p, "<!DOCTYPE") != NULL)
    return set_error (error, SV_IMPORT_ERROR_UNSAFE,
                      _ ("“%s” has a document type with definitions or references of its own. "
                         "Souvenir reads only <!DOCTYPE html>, so it cannot import the file."),
                      import->name);

  return TRUE;
}

static xmlDoc *
parse (const Import *import,
       GBytes       *bytes,
       GError      **error)
{
  xmlParserCtxt *context = xmlNewParserCtxt ();
  gsize          size;
  const char    *data = g_bytes_get_data (bytes, &size);
  xmlDoc        *doc;

  if (context == NULL || size > G_MAXINT)
    {
      xmlFreeParserCtxt (context);
      set_error (error, SV_IMPORT_ERROR_TOO_LARGE, _ ("“%s” is too large to import."), import->name);
      return NULL;
    }

  /* No DTD loading, no entity substitution (XML_PARSE_NOENT is what would
   * turn them on), no network. HUGE lifts the 10 MB cap on one attribute,
   * which an embedded photo may pass; the file size is capped already. */
  doc = xmlCtxtReadMemory (context, data, (int) size, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (doc == NULL || !context->wellFormed)
    {
      const xmlError  *xml_error = xmlCtxtGetLastError (context);
      g_autofree char *detail = g_strdup (xml_error != NULL && xml_error->message != NULL
                                            ? xml_error->message
                                            : "");

      g_strstrip (detail);
      set_error (error, SV_IMPORT_ERROR_MALFORMED, _ ("“%s” is not well-formed XML (line %d: %s)."),
                 import->name, xml_error != NULL ? xml_error->line : 0, detail);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (context);
  return doc;
}

/* What the parser let through must still hold nothing that refers
 * elsewhere; and the nesting stays within bounds for the reading below. */
static gboolean
check_tree (const Import *import,
            xmlDoc       *doc,
            GError      **error)
{
  xmlDtd  *dtd = doc->intSubset;
  xmlNode *node = xmlDocGetRootElement (doc);
  int      depth = 0;

  if (doc->extSubset != NULL ||
      (dtd != NULL && (g_strcmp0 ((const char *) dtd->name, "html") != 0 || dtd->ExternalID != NULL ||
                       dtd->SystemID != NULL || dtd->entities != NULL || dtd->children != NULL)))
    return set_error (error, SV_IMPORT_ERROR_UNSAFE,
                      _ ("“%s” has a document type with definitions or references of its own. "
                         "Souvenir reads only <!DOCTYPE html>, so it cannot import the file."),
                      import->name);

  while (node != NULL)
    {
      switch (node->type)
        {
        case XML_ENTITY_REF_NODE:
        case XML_ENTITY_NODE:
        case XML_ENTITY_DECL:
        case XML_XINCLUDE_START:
        case XML_XINCLUDE_END:
        case XML_DTD_NODE:
          return set_error (error, SV_IMPORT_ERROR_UNSAFE,
                            _ ("“%s” refers to entities or other documents, so it cannot be imported."),
                            import->name);
        default:
          break;
        }

      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          if (++depth > MAX_DEPTH)
            return set_error (error, SV_IMPORT_ERROR_TOO_LARGE,
                              _ ("“%s” is nested too deeply to be a blog post of Souvenir’s."), import->name);
          node = node->children;
          continue;
        }

      while (node != NULL && node->next == NULL)
        {
          node = node->parent;
          depth--;
          if (node == NULL || node->type == XML_DOCUMENT_NODE)
            return TRUE;
        }
      if (node != NULL)
        node = node->next;
    }

  return TRUE;
}

/* The tree */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, SV_XHTML_NAMESPACE) == 0 &&
         (name == NULL || g_strcmp0 ((const char *) node->name, name) == 0);
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value;
  char    *copy;

  if (node == NULL)
    return NULL;

  value = xmlGetNoNsProp (node, BAD_CAST name);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
has_class (xmlNode    *node,
           const char *class_name)
{
  g_autofree char *classes = NULL;
  g_auto (GStrv) names = NULL;

  if (!is_element (node, NULL))
    return FALSE;

  classes = dup_attribute (node, "class");
  if (classes == NULL)
    return FALSE;

  names = g_strsplit_set (classes, " \t\n\r\f", -1);
  return g_strv_contains ((const char * const *) names, class_name);
}

static gboolean
attribute_is_true (xmlNode    *node,
                   const char *name)
{
  g_autofree char *value = dup_attribute (node, name);

  return g_strcmp0 (value, "true") == 0;
}

/* The first element with CLASS_NAME below NODE, in document order. */
static xmlNode *
find_class (xmlNode    *node,
            const char *class_name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (has_class (child, class_name))
        return child;
      found = find_class (child, class_name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Every element with CLASS_NAME below NODE, in document order. */
static void
collect_class (xmlNode    *node,
               const char *class_name,
               GPtrArray  *found)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (has_class (child, class_name))
        g_ptr_array_add (found, child);
      else
        collect_class (child, class_name, found);
    }
}

static char *
dup_text (xmlNode *node)
{
  xmlChar *content;
  char    *copy;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  copy = g_strdup ((const char *) content);
  xmlFree (content);
  return copy;
}

static char *
dup_class_text (xmlNode    *node,
                const char *class_name)
{
  return dup_text (find_class (node, class_name));
}

/* The texts of the elements with CLASS_NAME, as a NULL-terminated list. */
static GStrv
dup_class_texts (xmlNode    *node,
                 const char *class_name)
{
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  GPtrArray *texts;

  collect_class (node, class_name, nodes);
  if (nodes->len == 0)
    return NULL;

  texts = g_ptr_array_new ();
  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (texts, dup_text (g_ptr_array_index (nodes, i)));
  g_ptr_array_add (texts, NULL);

  return (GStrv) g_ptr_array_free (texts, FALSE);
}

/* The lines written as one <p> each. */
static char *
dup_paragraphs (xmlNode *node)
{
  g_autoptr (GString) text = NULL;
  gboolean first = TRUE;

  if (node == NULL)
    return NULL;

  text = g_string_new (NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *line = NULL;

      if (!is_element (child, "p"))
        continue;

      line = dup_text (child);
      if (!first)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
      first = FALSE;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
parse_int (const char *text,
           gint64      min,
           gint64      max,
           gint64     *out)
{
  return text != NULL && g_ascii_string_to_signed (text, 10, min, max, out, NULL);
}

static gboolean
parse_double (const char *text,
              double     *out)
{
  char *end = NULL;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    return FALSE;

  *out = g_ascii_strtod (text, &end);
  return *end == '\0' && isfinite (*out);
}

/* "2024-05-17T10:30" on DAY, as minutes since midnight. */
static gboolean
parse_time (xmlNode    *node,
            const char *day,
            int        *minutes)
{
  g_autofree char *datetime = dup_attribute (node, "datetime");
  const char      *time;
  gint64           hours, mins;
  char             hh[3] = { 0 };

  *minutes = -1;
  if (node == NULL)
    return TRUE;

  if (datetime == NULL || day == NULL || !g_str_has_prefix (datetime, day) ||
      datetime[strlen (day)] != 'T')
    return FALSE;

  time = datetime + strlen (day) + 1;
  if (strlen (time) != 5 || time[2] != ':')
    return FALSE;

  memcpy (hh, time, 2);
  if (!parse_int (hh, 0, 23, &hours) || !parse_int (time + 3, 0, 59, &mins) ||
      !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[3]))
    return FALSE;

  *minutes = hours * 60 + mins;
  return TRUE;
}

/* Photos */

/* "data:image/png;base64,…" */
static GBytes *
decode_data_uri (const char *uri)
{
  const char *comma = strchr (uri, ',');
  const char *data;
  gsize       length;
  guchar     *decoded;
  gsize       size = 0;

  if (comma == NULL || !g_str_has_prefix (uri, "data:image/") ||
      comma - uri < 7 || strncmp (comma - 7, ";base64", 7) != 0)
    return NULL;

  /* g_base64_decode() skips what is not base64; a damaged photo must not
   * pass for a shorter one. */
  data = comma + 1;
  length = strlen (data);
  if (length == 0 || length % 4 != 0)
    return NULL;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (data[i]) && data[i] != '+' && data[i] != '/' &&
        !(data[i] == '=' && i >= length - 2))
      return NULL;

  decoded = g_base64_decode (data, &size);
  return g_bytes_new_take (decoded, size);
}

/* The photo at SOURCE, "NAME_files/PHOTO" beside the file. */
static GBytes *
load_photo_file (const Import *import,
                 const char   *source,
                 const char   *title,
                 GError      **error)
{
  g_auto (GStrv) parts = g_strsplit (source, "/", -1);
  g_autofree char *folder_name = NULL;
  g_autofree char *photo_name = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GFile) photo = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char *shown = NULL;

  /* Exactly a folder and a file name: no "..", no absolute path, no other
   * folder, no escaped slash. */
  if (g_strv_length (parts) == 2)
    {
      folder_name = g_uri_unescape_string (parts[0], "/\\");
      photo_name = g_uri_unescape_string (parts[1], "/\\");
    }

  if (folder_name == NULL || photo_name == NULL ||
      !g_str_has_suffix (folder_name, "_files") || strcmp (folder_name, "_files") == 0 ||
      *photo_name == '\0' || strcmp (photo_name, ".") == 0 || strcmp (photo_name, "..") == 0 ||
      strpbrk (folder_name, ":?#") != NULL || strpbrk (photo_name, ":?#") != NULL)
    {
      set_error (error, SV_IMPORT_ERROR_UNSAFE,
                 _ ("The entry “%s” has a photo outside the folder beside the file (%s). "
                    "Souvenir imports only photos inside the file or in its “_files” folder."),
                 title, source);
      return NULL;
    }

  folder = g_file_get_child (import->folder, folder_name);
  info = g_file_query_info (folder, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                            import->cancellable, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
    {
      set_error (error, SV_IMPORT_ERROR_READ,
                 _ ("The photos of “%s” should be in the folder “%s” beside it, which is missing."),
                 import->name, folder_name);
      return NULL;
    }

  photo = g_file_get_child (folder, photo_name);
  shown = g_build_filename (folder_name, photo_name, NULL);
  return load_limited (photo, import->max_size, FALSE, shown, import->cancellable, error);
}

static SvPhoto *
read_photo (const Import *import,
            xmlNode      *figure,
            const char   *title,
            GError      **error)
{
  g_autoptr (SvPhoto) photo = sv_photo_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *source = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  xmlNode         *img = NULL;
  const char      *mime_type;
  gint64           w = 0, h = 0;

  for (xmlNode *child = figure->children; child != NULL && img == NULL; child = child->next)
    if (is_element (child, "img"))
      img = child;

  source = dup_attribute (img, "src");
  if (source == NULL)
    {
      set_invalid (error, title, _ ("a photo has no image"));
      return NULL;
    }

  if (g_str_has_prefix (source, "data:"))
    {
      bytes = decode_data_uri (source);
      if (bytes == NULL)
        {
          set_invalid (error, title, _ ("an embedded photo is damaged"));
          return NULL;
        }
    }
  else if (g_uri_peek_scheme (source) != NULL || g_str_has_prefix (source, "//"))
    {
      set_error (error, SV_IMPORT_ERROR_UNSAFE,
                 _ ("The entry “%s” has a photo on the network or elsewhere (%s). "
                    "Souvenir imports only photos inside the file or in its “_files” folder."),
                 title, source);
      return NULL;
    }
  else
    {
      bytes = load_photo_file (import, source, title, error);
      if (bytes == NULL)
        return NULL;
    }

  mime_type = sv_image_sniff (bytes);
  if (mime_type == NULL)
    {
      set_invalid (error, title, _ ("a photo is damaged, or not a PNG, JPEG, GIF or WebP image"));
      return NULL;
    }

  width = dup_attribute (img, "width");
  height = dup_attribute (img, "height");
  if ((width != NULL && !parse_int (width, 0, G_MAXINT, &w)) ||
      (height != NULL && !parse_int (height, 0, G_MAXINT, &h)))
    {
      set_invalid (error, title, _ ("a photo has a wrong size"));
      return NULL;
    }

  sv_photo_set_bytes (photo, bytes);
  sv_photo_set_mime_type (photo, mime_type);
  sv_photo_set_width (photo, w);
  sv_photo_set_height (photo, h);
  for (xmlNode *child = figure->children; child != NULL; child = child->next)
    if (is_element (child, "figcaption"))
      {
        g_autofree char *caption = dup_text (child);

        sv_photo_set_caption (photo, caption);
      }

  return g_steal_pointer (&photo);
}

/* Places */

/* The place as read, or the same one read for an earlier entry. */
static SvPlace *
read_place (Import     *import,
            xmlNode    *node,
            const char *title,
            GError    **error)
{
  g_autoptr (SvPlace) place = sv_place_new ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = dup_class_text (node, "sv-place-name");
  g_autofree char *category_name = dup_attribute (node, "data-category");
  g_autofree char *address = dup_class_text (node, "sv-address");
  g_autofree char *url = dup_attribute (find_class (node, "sv-place-url"), "href");
  g_autofree char *latitude = dup_attribute (find_class (node, "sv-latitude"), "value");
  g_autofree char *longitude = dup_attribute (find_class (node, "sv-longitude"), "value");
  g_autofree char *key = NULL;
  SvPlace         *known;
  SvPlaceCategory  category;
  double           lat, lon;

  if (name == NULL || !sv_place_category_from_string (category_name, &category))
    {
      set_invalid (error, title, _ ("its place has no name or an unknown kind"));
      return NULL;
    }

  sv_place_set_name (place, name);
  sv_place_set_category (place, category);
  sv_place_set_address (place, address);
  sv_place_set_url (place, url);

  if (latitude != NULL || longitude != NULL)
    {
      if (!parse_double (latitude, &lat) || !parse_double (longitude, &lon) ||
          !sv_place_set_location (place, lat, lon, &local_error))
        {
          set_invalid (error, title, _ ("its place is not on Earth"));
          return NULL;
        }
    }

  /* The same name at the same spot is the same place, as in the store. */
  key = g_strdup_printf ("%s\n%s\n%s", name, latitude != NULL ? latitude : "", longitude != NULL ? longitude : "");
  known = g_hash_table_lookup (import->place_keys, key);
  if (known != NULL)
    return known;

  g_hash_table_insert (import->place_keys, g_steal_pointer (&key), place);
  g_ptr_array_add (import->places, g_object_ref (place));
  return place;
}

/* Entries */

static gboolean
read_talk (xmlNode    *article,
           SvEntry    *entry,
           const char *title,
           GError    **error)
{
  g_autofree char *role_name = dup_attribute (article, "data-role");
  g_autofree char *room = NULL;
  g_autofree char *track = NULL;
  g_autofree char *video = NULL;
  g_autofree char *slides = NULL;
  SvTalk          *talk;
  SvTalkRole       role;

  if (role_name == NULL)
    return TRUE;

  if (!sv_talk_role_from_string (role_name, &role))
    return set_invalid (error, title, _ ("its part in the talk is unknown"));

  room = dup_class_text (article, "sv-room");
  track = dup_class_text (article, "sv-track");
  video = dup_attribute (find_class (article, "sv-video"), "href");
  slides = dup_attribute (find_class (article, "sv-slides"), "href");

  talk = sv_entry_ensure_talk (entry);
  sv_talk_set_role (talk, role);
  sv_talk_set_recommended (talk, attribute_is_true (article, "data-recommended"));
  sv_talk_set_room (talk, room);
  sv_talk_set_track (talk, track);
  sv_talk_set_video_url (talk, video);
  sv_talk_set_slides_url (talk, slides);

  return TRUE;
}

static gboolean
read_meal (xmlNode    *article,
           SvEntry    *entry,
           const char *title,
           GError    **error)
{
  g_autofree char *type_name = dup_attribute (article, "data-meal");
  g_autofree char *favourite = dup_attribute (article, "data-favourite");
  g_autofree char *currency = dup_attribute (article, "data-currency");
  g_autofree char *dishes = NULL;
  g_autofree char *price = NULL;
  xmlNode         *price_node;
  SvMeal          *meal;
  SvMealType       type;
  gint64           rank = 0;
  double           value = -1;

  if (type_name == NULL)
    return TRUE;

  if (!sv_meal_type_from_string (type_name, &type))
    return set_invalid (error, title, _ ("its meal is unknown"));
  if (favourite != NULL && !parse_int (favourite, 1, G_MAXINT, &rank))
    return set_invalid (error, title, _ ("its rank among the favourites is not a number"));

  price_node = find_class (article, "sv-price");
  price = dup_attribute (price_node, "data-price");
  if (price_node != NULL && (!parse_double (price, &value) || value < 0))
    return set_invalid (error, title, _ ("its price is not a number"));

  dishes = dup_class_text (article, "sv-dishes");

  meal = sv_entry_ensure_meal (entry);
  sv_meal_set_meal_type (meal, type);
  sv_meal_set_favourite_rank (meal, rank);
  sv_meal_set_currency (meal, currency);
  sv_meal_set_dishes (meal, dishes);
  sv_meal_set_price (meal, value);

  return TRUE;
}

static ImportedEntry *
read_entry (Import     *import,
            xmlNode    *article,
            const char *day,
            GError    **error)
{
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autofree char *title = dup_class_text (article, "sv-title");
  g_autofree char *kind_name = dup_attribute (article, "data-kind");
  g_autofree char *rating = dup_attribute (find_class (article, "sv-rating"), "data-rating");
  g_autofree char *body = dup_paragraphs (find_class (article, "sv-body"));
  g_auto (GStrv) speakers = dup_class_texts (article, "sv-speaker");
  g_auto (GStrv) people = dup_class_texts (article, "sv-person");
  g_auto (GStrv) tags = dup_class_texts (article, "sv-tag");
  g_autoptr (GPtrArray) photos = g_ptr_array_new_with_free_func (g_object_unref);
  xmlNode       *place_node = find_class (article, "sv-place");
  ImportedEntry *imported;
  SvPlace       *place = NULL;
  SvEntryKind    kind;
  gint64         stars = 0;
  int            start, end;
  int            cover = -1;

  if (title == NULL || *title == '\0')
    {
      set_error (error, SV_IMPORT_ERROR_INVALID, _ ("“%s” has an entry without a title."), import->name);
      return NULL;
    }
  if (!sv_entry_kind_from_string (kind_name, &kind))
    {
      set_invalid (error, title, _ ("its kind is unknown"));
      return NULL;
    }
  if (!parse_time (find_class (article, "sv-start"), day, &start) ||
      !parse_time (find_class (article, "sv-end"), day, &end))
    {
      set_invalid (error, title, _ ("its time is not a time of its day"));
      return NULL;
    }
  if (rating != NULL && !parse_int (rating, 1, 5, &stars))
    {
      set_invalid (error, title, _ ("its rating is not from 1 to 5"));
      return NULL;
    }

  sv_entry_set_kind (entry, kind);
  sv_entry_set_day (entry, day);
  sv_entry_set_start_time (entry, start);
  sv_entry_set_end_time (entry, end);
  sv_entry_set_title (entry, title);
  sv_entry_set_body (entry, body);
  sv_entry_set_rating (entry, stars);
  sv_entry_set_highlight (entry, attribute_is_true (article, "data-highlight"));
  sv_entry_set_private (entry, attribute_is_true (article, "data-private"));
  sv_entry_set_speakers (entry, (const char * const *) speakers);
  sv_entry_set_people (entry, (const char * const *) people);
  sv_entry_set_tags (entry, (const char * const *) tags);

  if (!read_talk (article, entry, title, error) || !read_meal (article, entry, title, error))
    return NULL;

  if (place_node != NULL)
    {
      place = read_place (import, place_node, title, error);
      if (place == NULL)
        return NULL;
    }

  for (xmlNode *child = article->children; child != NULL; child = child->next)
    {
      SvPhoto *photo;

      if (!has_class (child, "sv-photo"))
        continue;

      photo = read_photo (import, child, title, error);
      if (photo == NULL)
        return NULL;
      if (attribute_is_true (child, "data-cover"))
        cover = photos->len;
      g_ptr_array_add (photos, photo);
    }

  imported = g_new0 (ImportedEntry, 1);
  imported->entry = g_steal_pointer (&entry);
  imported->place = place;
  imported->photos = g_steal_pointer (&photos);
  imported->cover = cover;
  return imported;
}

static gboolean
read_trip (Import  *import,
           xmlNode *article,
           GError **error)
{
  xmlNode         *header = find_class (article, "sv-trip-header");
  g_autofree char *title = dup_class_text (header, "sv-trip-title");
  g_autofree char *event = dup_class_text (header, "sv-event-name");
  g_autofree char *city = dup_class_text (header, "sv-city");
  g_autofree char *country = dup_class_text (header, "sv-country");
  g_autofree char *start = dup_attribute (find_class (header, "sv-start"), "datetime");
  g_autofree char *end = dup_attribute (find_class (header, "sv-end"), "datetime");
  g_autofree char *url = dup_attribute (find_class (header, "sv-trip-url"), "href");
  g_autofree char *summary = NULL;

  if (title == NULL)
    return set_error (error, SV_IMPORT_ERROR_NOT_OURS,
                      _ ("“%s” is not a blog post exported by Souvenir: it has no trip title."), import->name);

  for (xmlNode *child = article->children; child != NULL; child = child->next)
    if (has_class (child, "sv-summary"))
      summary = dup_paragraphs (child);

  import->trip = sv_trip_new ();
  sv_trip_set_title (import->trip, title);
  sv_trip_set_event (import->trip, event);
  sv_trip_set_city (import->trip, city);
  sv_trip_set_country (import->trip, country);
  sv_trip_set_start_date (import->trip, start);
  sv_trip_set_end_date (import->trip, end);
  sv_trip_set_url (import->trip, url);
  sv_trip_set_summary (import->trip, summary);

  return TRUE;
}

static gboolean
read_sections (Import  *import,
               xmlNode *article,
               GError **error)
{
  for (xmlNode *section = article->children; section != NULL; section = section->next)
    {
      g_autofree char *day = NULL;

      if (!is_element (section, "section"))
        continue;

      if (has_class (section, "sv-day"))
        {
          day = dup_attribute (section, "data-day");
          if (!sv_date_parse (day, NULL))
            return set_error (error, SV_IMPORT_ERROR_INVALID,
                              _ ("“%s” has a day that is not a date (%s)."), import->name, day ? day : "");
        }
      else if (!has_class (section, "sv-notes"))
        continue;

      for (xmlNode *child = section->children; child != NULL; child = child->next)
        {
          ImportedEntry *imported;

          if (!has_class (child, "sv-entry"))
            continue;

          if (g_cancellable_set_error_if_cancelled (import->cancellable, error))
            return FALSE;

          imported = read_entry (import, child, day, error);
          if (imported == NULL)
            return FALSE;
          g_ptr_array_add (import->entries, imported);
        }
    }

  return TRUE;
}

/* The trip's <article>: the root of a fragment, or inside a page. */
static xmlNode *
find_trip (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (has_class (root, "sv-trip") && is_element (root, "article"))
    return root;

  if (is_element (root, "html"))
    {
      xmlNode *trip = find_class (root, "sv-trip");

      if (is_element (trip, "article"))
        return trip;
    }

  return NULL;
}

static gboolean
read_document (Import  *import,
               GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autofree char *version = NULL;
  xmlNode         *article;
  gint64           format = 0;

  bytes = load_limited (import->file, import->max_size, TRUE, import->name, import->cancellable, error);
  if (bytes == NULL)
    return FALSE;

  if (!check_declarations (import, bytes, error))
    return FALSE;

  doc = parse (import, bytes, error);
  if (doc == NULL || !check_tree (import, doc, error))
    return FALSE;

  article = find_trip (doc);
  version = dup_attribute (article, "data-souvenir");
  if (article == NULL || !parse_int (version, 1, G_MAXINT, &format))
    return set_error (error, SV_IMPORT_ERROR_NOT_OURS,
                      _ ("“%s” is not a blog post exported by Souvenir."), import->name);
  if (format > SV_XHTML_FORMAT_VERSION)
    return set_error (error, SV_IMPORT_ERROR_TOO_NEW,
                      _ ("“%s” was exported by a newer version of Souvenir. Update Souvenir to import it."),
                      import->name);

  return read_trip (import, article, error) && read_sections (import, article, error);
}

/* Writing the trip */

/* Store errors say what is wrong with a value; say which entry had it. */
static gboolean
set_store_error (GError    **error,
                 const char *title,
                 GError     *cause)
{
  if (g_error_matches (cause, SV_STORE_ERROR, SV_STORE_ERROR_INVALID) && title != NULL)
    set_error (error, SV_IMPORT_ERROR_INVALID, _ ("The entry “%s” cannot be imported: %s"),
               title, cause->message);
  else if (g_error_matches (cause, SV_STORE_ERROR, SV_STORE_ERROR_INVALID))
    set_error (error, SV_IMPORT_ERROR_INVALID, _ ("The trip cannot be imported: %s"), cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, cause);
      return FALSE;
    }
  else
    set_error (error, SV_IMPORT_ERROR_WRITE, "%s", cause->message);

  g_error_free (cause);
  return FALSE;
}

static gboolean
save_place (SvStore *store,
            SvPlace *place,
            GError **error)
{
  g_autoptr (SvPlace) known = NULL;

  known = sv_store_find_place (store, sv_place_get_name (place), sv_place_get_has_location (place),
                               sv_place_get_latitude (place), sv_place_get_longitude (place), error);
  if (known != NULL)
    {
      sv_place_set_id (place, sv_place_get_id (known));
      return TRUE;
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  return sv_store_save_place (store, place, error);
}

static gboolean
save_entries (Import  *import,
              SvStore *store,
              GError **error)
{
  const char *day = NULL;
  int         position = 0;

  for (guint i = 0; i < import->entries->len; i++)
    {
      ImportedEntry *imported = g_ptr_array_index (import->entries, i);
      SvEntry       *entry = imported->entry;
      GError        *local_error = NULL;

      if (g_cancellable_set_error_if_cancelled (import->cancellable, error))
        return FALSE;

      /* The order of the file, whatever the times say. */
      if (i == 0 || g_strcmp0 (day, sv_entry_get_day (entry)) != 0)
        position = 0;
      day = sv_entry_get_day (entry);
      sv_entry_set_position (entry, ++position);
      sv_entry_set_trip_id (entry, sv_trip_get_id (import->trip));
      if (imported->place != NULL)
        sv_entry_set_place_id (entry, sv_place_get_id (imported->place));

      if (!sv_store_save_entry (store, entry, &local_error))
        return set_store_error (error, sv_entry_get_title (entry), local_error);

      for (guint j = 0; j < imported->photos->len; j++)
        {
          SvPhoto *photo = g_ptr_array_index (imported->photos, j);

          sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
          sv_photo_set_position (photo, j + 1);
          if (!sv_store_save_photo (store, photo, &local_error))
            return set_store_error (error, sv_entry_get_title (entry), local_error);
          if ((int) j == imported->cover)
            sv_trip_set_cover_photo_id (import->trip, sv_photo_get_id (photo));
        }
    }

  return TRUE;
}

static gboolean
save_import (Import  *import,
             SvStore *store,
             GError **error)
{
  GError  *local_error = NULL;
  gboolean ok;

  if (!sv_store_begin (store, &local_error))
    return set_store_error (error, NULL, local_error);

  ok = sv_store_save_trip (store, import->trip, &local_error);
  for (guint i = 0; ok && i < import->places->len; i++)
    ok = save_place (store, g_ptr_array_index (import->places, i), &local_error);
  if (!ok)
    {
      sv_store_rollback (store);
      return set_store_error (error, NULL, local_error);
    }

  ok = save_entries (import, store, error);
  /* The cover is a photo, which needed its entry first. */
  if (ok && sv_trip_get_cover_photo_id (import->trip) != 0)
    {
      ok = sv_store_save_trip (store, import->trip, &local_error);
      if (!ok)
        set_store_error (error, NULL, local_error);
    }

  if (!ok)
    {
      sv_store_rollback (store);
      return FALSE;
    }

  if (!sv_store_commit (store, &local_error))
    return set_store_error (error, NULL, local_error);

  return TRUE;
}

static gint64
run_import (SvStore      *store,
            GFile        *file,
            guint64       max_size,
            GCancellable *cancellable,
            GError      **error)
{
  g_auto (Import) import = { 0 };

  import.file = g_object_ref (file);
  import.folder = g_file_get_parent (file);
  import.name = g_file_get_parse_name (file);
  import.max_size = max_size;
  import.cancellable = cancellable;
  import.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) imported_entry_free);
  import.places = g_ptr_array_new_with_free_func (g_object_unref);
  import.place_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (import.folder == NULL)
    {
      set_error (error, SV_IMPORT_ERROR_READ, _ ("“%s” is not a file."), import.name);
      return 0;
    }

  /* All of it is read and checked before the scrapbook is touched. */
  if (!read_document (&import, error) || !save_import (&import, store, error))
    return 0;

  return sv_trip_get_id (import.trip);
}

/* GObject */

static void
sv_xhtml_importer_dispose (GObject *object)
{
  SvXhtmlImporter *self = SV_XHTML_IMPORTER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sv_xhtml_importer_parent_class)->dispose (object);
}

static void
sv_xhtml_importer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SvXhtmlImporter *self = SV_XHTML_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_xhtml_importer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SvXhtmlImporter *self = SV_XHTML_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_MAX_SIZE:
      sv_xhtml_importer_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_xhtml_importer_class_init (SvXhtmlImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_xhtml_importer_dispose;
  object_class->get_property = sv_xhtml_importer_get_property;
  object_class->set_property = sv_xhtml_importer_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXUINT64, DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once, before any worker thread uses libxml2. */
  xmlInitParser ();
}

static void
sv_xhtml_importer_init (SvXhtmlImporter *self)
{
  self->max_size = DEFAULT_MAX_SIZE;
}

/* Public */

SvXhtmlImporter *
sv_xhtml_importer_new (SvStore *store)
{
  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  return g_object_new (SV_TYPE_XHTML_IMPORTER, "store", store, NULL);
}

SvStore *
sv_xhtml_importer_get_store (SvXhtmlImporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_IMPORTER (self), NULL);

  return self->store;
}

guint64
sv_xhtml_importer_get_max_size (SvXhtmlImporter *self)
{
  g_return_val_if_fail (SV_IS_XHTML_IMPORTER (self), 0);

  return self->max_size;
}

void
sv_xhtml_importer_set_max_size (SvXhtmlImporter *self,
                                guint64          max_size)
{
  g_return_if_fail (SV_IS_XHTML_IMPORTER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

gint64
sv_xhtml_importer_import (SvXhtmlImporter *self,
                          GFile           *file,
                          GCancellable    *cancellable,
                          GError         **error)
{
  g_return_val_if_fail (SV_IS_XHTML_IMPORTER (self), 0);
  g_return_val_if_fail (G_IS_FILE (file), 0);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return run_import (self->store, file, self->max_size, cancellable, error);
}

typedef struct
{
  SvStore *store;
  GFile   *file;
  guint64  max_size;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->file);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const Job *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  gint64 trip_id;

  store = sv_store_open_connection (job->store, &error);
  if (store == NULL)
    {
      g_task_return_new_error (task, SV_IMPORT_ERROR, SV_IMPORT_ERROR_WRITE, "%s", error->message);
      return;
    }

  trip_id = run_import (store, job->file, job->max_size, cancellable, &error);
  if (trip_id == 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, trip_id);
}

void
sv_xhtml_importer_import_async (SvXhtmlImporter    *self,
                                GFile              *file,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  Job *job;

  g_return_if_fail (SV_IS_XHTML_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->store = g_object_ref (self->store);
  job->file = g_object_ref (file);
  job->max_size = self->max_size;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sv_xhtml_importer_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, import_thread);
}

gint64
sv_xhtml_importer_import_finish (SvXhtmlImporter *self,
                                 GAsyncResult    *result,
                                 GError         **error)
{
  gssize trip_id;

  g_return_val_if_fail (SV_IS_XHTML_IMPORTER (self), 0);
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  trip_id = g_task_propagate_int (G_TASK (result), error);
  return trip_id > 0 ? trip_id : 0;
}
