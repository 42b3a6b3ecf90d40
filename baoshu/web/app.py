"""The FastAPI application: HTML views and the JSON API over one archive file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from baoshu import __version__
from baoshu.archive import Archive
from baoshu.errors import BadArgument, NotFound
from baoshu.web.entity_routes import add_entity_routes
from baoshu.web.views.article import article_view
from baoshu.web.views.common import Pager
from baoshu.web.views.figures import COLUMNS, SORTABLE, ledger_csv, ledger_view
from baoshu.web.views.home import home
from baoshu.web.views.page import page_view
from baoshu.web.views.search import search_view

HERE = Path(__file__).parent
PageNumber = Annotated[int, Query(ge=1, description="Which page of results, from 1.")]
ERROR_TEXTS = {
    400: ("请求有误", "地址里的参数不对，请检查后重试。"),
    404: ("找不到", "档案里没有这个版面或这篇文章，可能已被删除，或者地址有误。"),
}


def request_archive(request: Request) -> Iterator[Archive]:
    """The app's archive, opened for one request and closed after it."""
    with Archive(request.app.state.db_path) as opened:
        yield opened


Db = Annotated[Archive, Depends(request_archive)]


@dataclass
class SearchParams:
    """Search filters, as query parameters."""

    publication: str = Query("", description="Only this publication (exact name).")
    date_from: str = Query("", description="Pages printed on or after this date, YYYY-MM-DD.")
    date_to: str = Query("", description="Pages printed on or before this date, YYYY-MM-DD.")
    kind: str = Query("", description='"article" or "photo".')
    person: str = Query("", description="Only articles naming this person (exact name).")
    place: str = Query("", description="Only articles naming this place or a unit within it (name or code).")
    org: str = Query("", description="Only articles naming this organisation (exact name).")


@dataclass
class FigureFilters:
    """Ledger filters, as query parameters."""

    unit: str = Query("", description='Exact unit, e.g. "元" or "%".')
    measure: str = Query("", description="Part of the measure, e.g. 投资.")
    place: str = Query("", description="Part of the place, e.g. 新疆.")
    period: str = Query("", description="Exact period as printed, e.g. 今年1—10月.")
    publication: str = Query("", description="Exact publication.")


@dataclass
class LedgerParams(FigureFilters):
    """Ledger filters, sort and chart grouping, as query parameters."""

    sort: str = Query("-date", pattern="^-?(date|value)$", description='"date", "-date", "value" or "-value".')
    by: str = Query("place", pattern="^(place|month)$", description='Chart sums "place" or "month".')


def jsonable(value: Any) -> Any:
    """A view's dict made JSON-ready: pagers and charts become plain dicts."""
    if isinstance(value, Pager):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error envelope of the JSON API."""
    return {"ok": False, "status": status, "error": message}


def create_app(db_path: str | Path) -> FastAPI:
    """The web reader and JSON API over the archive at `db_path`.

    Each request opens its own connection, so a running `baoshu ingest` and the
    reader never share one.
    """
    app = FastAPI(title="报数 baoshu", version=__version__, docs_url=None, redoc_url=None,
                  description="The JSON API behind baoshu's web reader; see docs/API.md.")
    app.state.db_path = Path(db_path)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    templates = Jinja2Templates(env=env)

    def render(request: Request, name: str, data: dict[str, Any], json_url: str, nav: str = "",
               status: int = 200) -> HTMLResponse:
        context = {**data, "json_url": json_url, "nav": nav}
        return templates.TemplateResponse(request, name, context, status_code=status)

    def api_url(request: Request, path: str) -> str:
        return f"{path}?{request.url.query}" if request.url.query else path

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return failure(request, 404, str(exc))

    @app.exception_handler(BadArgument)
    async def bad_argument(request: Request, exc: BadArgument) -> Response:
        return failure(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        # A bug: the server still logs the traceback (Starlette re-raises after this response).
        return failure(request, 500, "internal error")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return failure(request, 400, problems)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return failure(request, exc.status_code, str(exc.detail))

    def failure(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(status, message), status_code=status)
        title, explanation = ERROR_TEXTS.get(status, ("出错了", "服务器处理这个请求时出了问题。"))
        return render(request, "error.html", {"title": title, "message": explanation, "detail": message},
                      json_url="", status=status)

    @app.get("/api/home", tags=["reader"], summary="Counts and the newest pages")
    def api_home(db: Db) -> dict[str, Any]:
        return jsonable(home(db))

    @app.get("/api/stats", tags=["archive"], summary="Counts of pages, articles, figures, publications")
    def api_stats(db: Db) -> dict[str, int]:
        return db.stats()

    @app.get("/api/publications", tags=["archive"], summary="Publications with page counts and dates")
    def api_publications(db: Db) -> list[dict[str, Any]]:
        return db.publications()

    @app.get("/api/pages", tags=["archive"], summary="Pages, newest first")
    def api_pages(db: Db, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                  offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        return db.pages(limit=limit, offset=offset)

    @app.get("/api/pages/{page_id}", tags=["reader"], summary="A page: source lines, articles, furniture")
    def api_page(db: Db, page_id: int) -> dict[str, Any]:
        return jsonable(page_view(db, page_id))

    @app.get("/api/articles/{article_id}", tags=["reader"], summary="An article, its figures and jumps")
    def api_article(db: Db, article_id: int) -> dict[str, Any]:
        return jsonable(article_view(db, article_id))

    @app.get("/api/search", tags=["reader"], summary="Ranked search with highlighted snippets")
    def api_search(db: Db, filters: Annotated[SearchParams, Depends()], q: str = "",
                   page: PageNumber = 1) -> dict[str, Any]:
        return jsonable(search_view(db, q, dataclasses.asdict(filters), page))

    @app.get("/api/figures", tags=["reader"], summary="The figures ledger, its chart and paging")
    def api_figures(db: Db, params: Annotated[LedgerParams, Depends()], page: PageNumber = 1) -> dict[str, Any]:
        return jsonable(ledger_view(db, dataclasses.asdict(params), page))

    @app.get("/api/figures/sums", tags=["archive"], summary="Figures summed by place, unit, month or measure")
    def api_figure_sums(db: Db, filters: Annotated[FigureFilters, Depends()],
                        by: Annotated[str, Query(pattern="^(place|unit|month|measure)$")] = "place"
                        ) -> list[dict[str, Any]]:
        return db.figure_sums(by=by, **{k: v or None for k, v in dataclasses.asdict(filters).items()})

    @app.get("/api/figures.csv", tags=["reader"], summary="The filtered ledger as CSV",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def api_figures_csv(db: Db, params: Annotated[LedgerParams, Depends()]) -> Response:
        return csv_response(ledger_csv(db, dataclasses.asdict(params)))

    @app.get("/", include_in_schema=False)
    def html_home(request: Request, db: Db) -> HTMLResponse:
        return render(request, "home.html", home(db), "/api/home", nav="home")

    @app.get("/pages/{page_id}", include_in_schema=False)
    def html_page(request: Request, db: Db, page_id: int,
                  article: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
        data = page_view(db, page_id)
        selected = article if article is not None and article < len(data["articles"]) else None
        return render(request, "page.html", {**data, "selected": selected}, f"/api/pages/{page_id}")

    @app.get("/articles/{article_id}", include_in_schema=False)
    def html_article(request: Request, db: Db, article_id: int) -> HTMLResponse:
        return render(request, "article.html", article_view(db, article_id), f"/api/articles/{article_id}")

    @app.get("/search", include_in_schema=False)
    def html_search(request: Request, db: Db, filters: Annotated[SearchParams, Depends()], q: str = "",
                    page: PageNumber = 1) -> HTMLResponse:
        data = search_view(db, q, dataclasses.asdict(filters), page)
        return render(request, "search.html", data, api_url(request, "/api/search"), nav="search")

    @app.get("/figures", include_in_schema=False)
    def html_figures(request: Request, db: Db, params: Annotated[LedgerParams, Depends()],
                     page: PageNumber = 1) -> HTMLResponse:
        data = {**ledger_view(db, dataclasses.asdict(params), page), "columns": COLUMNS, "sortable": SORTABLE}
        return render(request, "figures.html", data, api_url(request, "/api/figures"), nav="figures")

    @app.get("/figures.csv", include_in_schema=False)
    def html_figures_csv(db: Db, params: Annotated[LedgerParams, Depends()]) -> Response:
        return csv_response(ledger_csv(db, dataclasses.asdict(params)))

    add_entity_routes(app, render, api_url)
    return app


def csv_response(text: str) -> Response:
    """CSV as a download, with a byte-order mark so spreadsheet programs read the Chinese right."""
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="baoshu-figures.csv"'})
