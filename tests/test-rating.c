/* test-rating.c: ratings as stars and as words for screen readers.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-rating.h"

static void
test_stars (void)
{
  g_autofree char *four = sv_rating_dup_stars (4);
  g_autofree char *five = sv_rating_dup_stars (5);
  g_autofree char *one = sv_rating_dup_stars (1);
  g_autofree char *too_many = sv_rating_dup_stars (9);

  g_assert_cmpstr (four, ==, "★★★★☆");
  g_assert_cmpstr (five, ==, "★★★★★");
  g_assert_cmpstr (one, ==, "★☆☆☆☆");
  g_assert_cmpstr (too_many, ==, "★★★★★");
  g_assert_null (sv_rating_dup_stars (0));
  g_assert_null (sv_rating_dup_stars (-3));
}

static void
test_label (void)
{
  g_autofree char *four = sv_rating_dup_label (4);
  g_autofree char *one = sv_rating_dup_label (1);
  g_autofree char *none = sv_rating_dup_label (0);

  g_assert_cmpstr (four, ==, "4 out of 5");
  g_assert_cmpstr (one, ==, "1 out of 5");
  g_assert_cmpstr (none, ==, "Not rated");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/souvenir/rating/stars", test_stars);
  g_test_add_func ("/souvenir/rating/label", test_label);

  return g_test_run ();
}
