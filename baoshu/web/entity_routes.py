"""The routes of 人物, 机构, 地点 and 对口援助: HTML views and their JSON API.

`add_entity_routes(app, render, api_url)` is called once by `create_app`; `render` and `api_url`
are the app's own helpers (a template with its JSON link; the JSON twin of a request's URL).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response

from baoshu.archive import Archive
from baoshu.limits import MAX_COUNT
from baoshu.web.views.aid import aid_csv, aid_view
from baoshu.web.views.people import entity_list_view, org_view, person_view
from baoshu.web.views.places import place_view

Render = Callable[..., HTMLResponse]
PageNumber = Annotated[int, Query(ge=1, le=MAX_COUNT, description="Which page of results, from 1.")]
NAV = {"person": "people", "org": "orgs", "place": "places"}


def request_archive(request: Request) -> Any:
    with Archive(request.app.state.db_path) as opened:
        yield opened


Db = Annotated[Archive, Depends(request_archive)]


@dataclass
class ListParams:
    """Filters of the lists of persons, organisations and places."""

    q: str = Query("", description="Part of the name.")
    publication: str = Query("", description="Only articles of this publication.")
    date_from: str = Query("", description="Pages printed on or after this date, YYYY-MM-DD.")
    date_to: str = Query("", description="Pages printed on or before this date, YYYY-MM-DD.")
    sort: str = Query("articles", pattern="^(articles|name|-date)$", description='"articles", "name" or "-date".')


@dataclass
class AidParams:
    """Filters of the aid ledger and matrix."""

    donor: str = Query("", description="Donor: a division's name or code; the units within it count too.")
    recipient: str = Query("", description="Recipient: a division's name or code; the units within it count too.")
    programme: str = Query("", description="Part of the programme, e.g. 教育援疆.")
    publication: str = Query("", description="Exact publication.")
    date_from: str = Query("", description="Pages printed on or after this date, YYYY-MM-DD.")
    date_to: str = Query("", description="Pages printed on or before this date, YYYY-MM-DD.")
    level: str = Query("as_printed", pattern="^(as_printed|prefecture|province)$",
                       description='Matrix recipients "as_printed", gathered by "prefecture" or by "province".')


def csv_download(text: str, filename: str) -> Response:
    """CSV as a download, with a byte-order mark so spreadsheet programs read the Chinese right."""
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def add_entity_routes(app: FastAPI, render: Render, api_url: Callable[[Request, str], str]) -> None:
    """Register the views and the JSON API of persons, organisations, places and aid."""
    from baoshu.web.app import jsonable

    def list_routes(kind: str, path: str, template: str) -> None:
        @app.get(f"/api{path}", tags=["entities"], summary=f"The {kind}s of the archive, each with its counts")
        def api_list(db: Db, params: Annotated[ListParams, Depends()], page: PageNumber = 1) -> dict[str, Any]:
            return jsonable(entity_list_view(db, kind, dataclasses.asdict(params), page))

        @app.get(path, include_in_schema=False)
        def html_list(request: Request, db: Db, params: Annotated[ListParams, Depends()],
                      page: PageNumber = 1) -> HTMLResponse:
            data = entity_list_view(db, kind, dataclasses.asdict(params), page)
            return render(request, template, data, api_url(request, f"/api{path}"), nav=NAV[kind])

    list_routes("person", "/people", "entities.html")
    list_routes("org", "/orgs", "entities.html")
    list_routes("place", "/places", "entities.html")

    @app.get("/api/people/{name}", tags=["entities"], summary="A person: posts, articles, who and what beside")
    def api_person(db: Db, name: str) -> dict[str, Any]:
        return jsonable(person_view(db, name))

    @app.get("/people/{name}", include_in_schema=False)
    def html_person(request: Request, db: Db, name: str) -> HTMLResponse:
        return render(request, "person.html", person_view(db, name), f"/api/people/{name}", nav="people")

    @app.get("/api/orgs/{name}", tags=["entities"], summary="An organisation: articles, people, places")
    def api_org(db: Db, name: str) -> dict[str, Any]:
        return jsonable(org_view(db, name))

    @app.get("/orgs/{name}", include_in_schema=False)
    def html_org(request: Request, db: Db, name: str) -> HTMLResponse:
        return render(request, "org.html", org_view(db, name), f"/api/orgs/{name}", nav="orgs")

    @app.get("/api/places/{key}", tags=["entities"],
             summary="A place (division code, or a country's name) and everything reported about it")
    def api_place(db: Db, key: str) -> dict[str, Any]:
        return jsonable(place_view(db, key))

    @app.get("/places/{key}", include_in_schema=False)
    def html_place(request: Request, db: Db, key: str) -> HTMLResponse:
        return render(request, "place.html", place_view(db, key), f"/api/places/{key}", nav="places")

    @app.get("/api/aid", tags=["entities"], summary="The aid ledger: matrix of donors and recipients, and rows")
    def api_aid(db: Db, params: Annotated[AidParams, Depends()], page: PageNumber = 1) -> dict[str, Any]:
        return jsonable(aid_view(db, dataclasses.asdict(params), page))

    @app.get("/api/aid.csv", tags=["entities"], summary="The filtered aid ledger as CSV",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def api_aid_csv(db: Db, params: Annotated[AidParams, Depends()]) -> Response:
        return csv_download(aid_csv(db, dataclasses.asdict(params)), "baoshu-aid.csv")

    @app.get("/aid", include_in_schema=False)
    def html_aid(request: Request, db: Db, params: Annotated[AidParams, Depends()], page: PageNumber = 1) -> HTMLResponse:
        data = aid_view(db, dataclasses.asdict(params), page)
        return render(request, "aid.html", data, api_url(request, "/api/aid"), nav="aid")

    @app.get("/aid.csv", include_in_schema=False)
    def html_aid_csv(db: Db, params: Annotated[AidParams, Depends()]) -> Response:
        return csv_download(aid_csv(db, dataclasses.asdict(params)), "baoshu-aid.csv")
