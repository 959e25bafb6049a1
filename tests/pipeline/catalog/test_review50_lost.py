"""review50: a PostgreSQL catalog's query-level failure is no lost server. user50's `connection._lost` read every
OperationalError as the server gone, and psycopg files a full disk (53100), a statement timeout (57014) and out of
memory (53200) under OperationalError: the run stopped on the first such write saying "cannot reach the catalog's
database … check the database_url setting and that the server is running" — the wrong thing to check."""

from __future__ import annotations

import psycopg
import psycopg.errors
import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from pipeline.catalog.connection import _one_line
from pipeline.errors import CatalogLostError

ENGINE = create_engine("postgresql+psycopg://brief:s3cret@127.0.0.1:1/brief")  # never connected


def _failed(orig: Exception) -> OperationalError:
    return OperationalError("INSERT INTO day_failures …", {}, orig)


@pytest.mark.parametrize(
    "orig",
    [
        psycopg.errors.DiskFull('could not extend file "base/16384/16385": No space left on device'),
        psycopg.errors.QueryCanceled("canceling statement due to statement timeout"),
        psycopg.errors.OutOfMemory("out of memory"),
    ],
    ids=["disk full", "statement timeout", "out of memory"],
)
def test_a_query_that_fails_on_the_server_is_no_lost_catalog(orig: Exception) -> None:
    error = _one_line(_failed(orig), ENGINE)
    assert not isinstance(error, CatalogLostError)
    assert str(orig) in str(error) and "database_url" not in str(error)


@pytest.mark.parametrize(
    "orig",
    [
        psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
        psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
        psycopg.errors.ConnectionFailure("connection failure"),
    ],
    ids=["closed", "shutdown", "connection failure"],
)
def test_a_server_gone_is_a_lost_catalog_naming_database_url(orig: Exception) -> None:
    error = _one_line(_failed(orig), ENGINE)
    assert isinstance(error, CatalogLostError)
    assert "database_url" in str(error) and "s3cret" not in str(error)
