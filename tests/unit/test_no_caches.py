"""No module of kg keeps a cache: resources are loaded once per run and passed down (kg.pipeline.resources)."""

from __future__ import annotations

import functools
import importlib
import pkgutil

import kg


def _modules():
    yield kg
    for info in pkgutil.walk_packages(kg.__path__, prefix="kg."):
        if info.name != "kg.__main__":  # the program (`python -m kg`), which runs on import
            yield importlib.import_module(info.name)


def _is_cache(value) -> bool:
    """functools.lru_cache and functools.cache both give an _lru_cache_wrapper."""
    return isinstance(value, functools._lru_cache_wrapper)


def test_every_module_imports_and_none_holds_a_cache():
    modules = list(_modules())
    assert len(modules) > 40 and "kg.pipeline.resources" in {m.__name__ for m in modules}
    caches = []
    for module in modules:
        for name, value in vars(module).items():
            if _is_cache(value):
                caches.append(f"{module.__name__}.{name}")
            elif isinstance(value, type) and value.__module__ == module.__name__:
                # a cached method is a cache on the class, shared by every instance of every run
                caches += [f"{module.__name__}.{name}.{attr}" for attr, member in vars(value).items()
                           if isinstance(member, functools._lru_cache_wrapper)
                           or isinstance(getattr(member, "__func__", None), functools._lru_cache_wrapper)]
    assert caches == []


def test_the_check_sees_a_cache_when_there_is_one():
    @functools.lru_cache(maxsize=None)
    def loader():
        return {}

    @functools.cache
    def other():
        return {}

    assert _is_cache(loader) and _is_cache(other) and not _is_cache(len)
