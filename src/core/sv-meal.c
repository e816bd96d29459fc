/* sv-meal.c: what a meal entry adds: which meal, the dishes and what it cost.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-meal.h"

struct _SvMeal
{
  GObject parent_instance;

  char *dishes;
  char *currency;

  SvMealType meal_type;
  double     price;
  int        favourite_rank;
};

G_DEFINE_FINAL_TYPE (SvMeal, sv_meal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEAL_TYPE,
  PROP_DISHES,
  PROP_PRICE,
  PROP_CURRENCY,
  PROP_FAVOURITE_RANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores VALUE, "" meaning unset like NULL; TRUE when it changed. */
static gboolean
set_string (char      **field,
            const char *value)
{
  char *copy;

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copied before freeing: VALUE may point into the old string. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

static void
sv_meal_finalize (GObject *object)
{
  SvMeal *self = (SvMeal *) object;

  g_clear_pointer (&self->dishes, g_free);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (sv_meal_parent_class)->finalize (object);
}

static void
sv_meal_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SvMeal *self = SV_MEAL (object);

  switch (prop_id)
    {
    case PROP_MEAL_TYPE:
      g_value_set_enum (value, self->meal_type);
      break;

    case PROP_DISHES:
      g_value_set_string (value, self->dishes);
      break;

    case PROP_PRICE:
      g_value_set_double (value, self->price);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_FAVOURITE_RANK:
      g_value_set_int (value, self->favourite_rank);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_meal_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SvMeal *self = SV_MEAL (object);

  switch (prop_id)
    {
    case PROP_MEAL_TYPE:
      sv_meal_set_meal_type (self, g_value_get_enum (value));
      break;

    case PROP_DISHES:
      sv_meal_set_dishes (self, g_value_get_string (value));
      break;

    case PROP_PRICE:
      sv_meal_set_price (self, g_value_get_double (value));
      break;

    case PROP_CURRENCY:
      sv_meal_set_currency (self, g_value_get_string (value));
      break;

    case PROP_FAVOURITE_RANK:
      sv_meal_set_favourite_rank (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_meal_class_init (SvMealClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_meal_finalize;
  object_class->get_property = sv_meal_get_property;
  object_class->set_property = sv_meal_set_property;

  properties[PROP_MEAL_TYPE] =
    g_param_spec_enum ("meal-type", NULL, NULL,
                       SV_TYPE_MEAL_TYPE, SV_MEAL_TYPE_BREAKFAST,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISHES] =
    g_param_spec_string ("dishes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRICE] =
    g_param_spec_double ("price", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAVOURITE_RANK] =
    g_param_spec_int ("favourite-rank", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_meal_init (SvMeal *self)
{
  self->price = -1.0;
}

SvMeal *
sv_meal_new (void)
{
  return g_object_new (SV_TYPE_MEAL, NULL);
}

SvMeal *
sv_meal_copy (SvMeal *self)
{
  SvMeal *copy;

  g_return_val_if_fail (SV_IS_MEAL (self), NULL);

  copy = sv_meal_new ();
  copy->meal_type = self->meal_type;
  copy->dishes = g_strdup (self->dishes);
  copy->price = self->price;
  copy->currency = g_strdup (self->currency);
  copy->favourite_rank = self->favourite_rank;

  return copy;
}

SvMealType
sv_meal_get_meal_type (SvMeal *self)
{
  g_return_val_if_fail (SV_IS_MEAL (self), SV_MEAL_TYPE_BREAKFAST);

  return self->meal_type;
}

void
sv_meal_set_meal_type (SvMeal    *self,
                       SvMealType meal_type)
{
  g_return_if_fail (SV_IS_MEAL (self));
  g_return_if_fail ((guint) meal_type <= SV_MEAL_TYPE_SNACK);

  if (self->meal_type == meal_type)
    return;

  self->meal_type = meal_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEAL_TYPE]);
}

const char *
sv_meal_get_dishes (SvMeal *self)
{
  g_return_val_if_fail (SV_IS_MEAL (self), NULL);

  return self->dishes;
}

void
sv_meal_set_dishes (SvMeal     *self,
                    const char *dishes)
{
  g_return_if_fail (SV_IS_MEAL (self));

  if (set_string (&self->dishes, dishes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISHES]);
}

double
sv_meal_get_price (SvMeal *self)
{
  g_return_val_if_fail (SV_IS_MEAL (self), -1.0);

  return self->price;
}

void
sv_meal_set_price (SvMeal *self,
                   double  price)
{
  g_return_if_fail (SV_IS_MEAL (self));

  /* Written so that NaN counts as negative too. */
  if (!(price >= 0.0))
    price = -1.0;

  if (self->price == price)
    return;

  self->price = price;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE]);
}

const char *
sv_meal_get_currency (SvMeal *self)
{
  g_return_val_if_fail (SV_IS_MEAL (self), NULL);

  return self->currency;
}

void
sv_meal_set_currency (SvMeal     *self,
                      const char *currency)
{
  g_return_if_fail (SV_IS_MEAL (self));

  if (set_string (&self->currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

int
sv_meal_get_favourite_rank (SvMeal *self)
{
  g_return_val_if_fail (SV_IS_MEAL (self), 0);

  return self->favourite_rank;
}

void
sv_meal_set_favourite_rank (SvMeal *self,
                            int     favourite_rank)
{
  g_return_if_fail (SV_IS_MEAL (self));
  g_return_if_fail (favourite_rank >= 0);

  if (self->favourite_rank == favourite_rank)
    return;

  self->favourite_rank = favourite_rank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAVOURITE_RANK]);
}
