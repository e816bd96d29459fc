/* xhtml-test-util.c: what the blog export and import tests share: temporary scrapbooks, XPath.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "test-util.h"
#include "xhtml-test-util.h"

void
xhtml_fixture_setup (XhtmlFixture *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = test_util_make_dir ();
  f->fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  path = g_build_filename (f->dir, "scrapbook.souvenir", NULL);
  f->store = sv_store_open (path, &error);
  g_assert_no_error (error);
}

void
xhtml_fixture_teardown (XhtmlFixture *f,
                        gconstpointer data)
{
  g_assert_finalize_object (f->store);
  test_util_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->fixtures);
}

char *
xhtml_fixture_path (XhtmlFixture *f,
                    const char   *name)
{
  return g_build_filename (f->dir, name, NULL);
}

char *
xhtml_export (XhtmlFixture    *f,
              SvXhtmlExporter *exporter,
              const char      *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = xhtml_fixture_path (f, name);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  char *contents = NULL;

  g_assert_true (sv_xhtml_exporter_write (exporter, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

char *
xhtml_without_time (const char *document)
{
  g_autoptr (GRegex) regex = g_regex_new ("(<time class=\"sv-generated[^\"]*\" datetime=\")[^\"]*(\">)[^<]*",
                                          0, 0, NULL);
  char *blanked = g_regex_replace (regex, document, -1, 0, "\\1\\2", 0, NULL);

  /* A blanked document that was never dated would compare equal to
   * anything; make sure the time was there. */
  g_assert_cmpstr (blanked, !=, document);
  return blanked;
}

xmlDoc *
xhtml_parse (const char *document)
{
  xmlDoc *doc = xmlReadMemory (document, strlen (document), NULL, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);

  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathObject *
evaluate (xmlDoc     *doc,
          const char *expression)
{
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject  *result;

  xmlXPathRegisterNs (context, BAD_CAST "h", BAD_CAST "http://www.w3.org/1999/xhtml");
  result = xmlXPathEvalExpression (BAD_CAST expression, context);
  xmlXPathFreeContext (context);

  if (result == NULL)
    g_error ("Bad XPath: %s", expression);
  return result;
}

char *
xhtml_xpath_string (xmlDoc     *doc,
                    const char *expression)
{
  xmlXPathObject *result = evaluate (doc, expression);
  xmlChar        *value = xmlXPathCastToString (result);
  char           *copy = g_strdup ((const char *) value);

  xmlFree (value);
  xmlXPathFreeObject (result);
  return copy;
}

double
xhtml_xpath_number (xmlDoc     *doc,
                    const char *expression)
{
  xmlXPathObject *result = evaluate (doc, expression);
  double          value = xmlXPathCastToNumber (result);

  xmlXPathFreeObject (result);
  return value;
}

GStrv
xhtml_xpath_strings (xmlDoc     *doc,
                     const char *expression)
{
  xmlXPathObject *result = evaluate (doc, expression);
  GPtrArray      *strings = g_ptr_array_new ();

  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *value = xmlXPathCastNodeToString (result->nodesetval->nodeTab[i]);

      g_ptr_array_add (strings, g_strdup ((const char *) value));
      xmlFree (value);
    }
  g_ptr_array_add (strings, NULL);
  xmlXPathFreeObject (result);

  return (GStrv) g_ptr_array_free (strings, FALSE);
}

void
xhtml_unref_and_wait (gpointer object)
{
  gpointer weak = object;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (weak != NULL)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

void
xhtml_keep_result (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

void
xhtml_wait (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}
