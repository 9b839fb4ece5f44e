"""Default Occupass training curriculum as plain Python data.

``MODULES`` lists the four module dicts in teaching order and
``LEARNING_PATHS`` lists the default learning paths. Nothing here imports
Django, so the data can be loaded by migrations, management commands and
tests alike.
"""

from .equipment import MODULE as EQUIPMENT_MODULE
from .ethics import MODULE as ETHICS_MODULE
from .infection_control import MODULE as INFECTION_CONTROL_MODULE
from .paths import LEARNING_PATHS
from .transfers import MODULE as TRANSFERS_MODULE

MODULES = [
    TRANSFERS_MODULE,
    EQUIPMENT_MODULE,
    INFECTION_CONTROL_MODULE,
    ETHICS_MODULE,
]

__all__ = ["LEARNING_PATHS", "MODULES"]
