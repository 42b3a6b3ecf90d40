"""The FastAPI application: HTML views and the JSON API over one archive file."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

import jinja2
from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from baoshu import __version__
from baoshu.archive import Archive
from baoshu.errors import BadArgument, NotFound
from baoshu.limits import MAX_COUNT, MAX_ID
from baoshu.web import problems
from baoshu.web.entity_routes import add_entity_routes
from baoshu.web.images import ImageCache
from baoshu.web.security import TOKEN_COOKIE, TOKEN_QUERY, Guard, secured
from baoshu.web.views.article import article_view
from baoshu.web.views.common import Pager, link
from baoshu.web.views.figures import COLUMNS, SORTABLE, ledger_csv, ledger_view
from baoshu.web.views.home import home
from baoshu.web.views.page import page_view, selection
from baoshu.web.views.pages import PAGES_PER_PAGE, pages_view
from baoshu.web.views.search import search_view

HERE = Path(__file__).parent
PageNumber = Annotated[int, Query(ge=1, le=MAX_COUNT, description="Which page of results, from 1.")]
PageId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="A page's id.")]
ArticleId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="An article's id.")]
FORM_LIMIT = 10_000  # bytes of a metadata form
PUBLIC_PREFIX = "/static/"  # the stylesheet and scripts hold no archive data: the token page needs them
ERROR_TEXTS = {
    400: ("请求有误", "地址里的参数不对，请检查后重试。"),
    401: ("需要口令", "这个阅读器设了访问口令。请在下面输入口令，或向开启它的人索取。"),
    403: ("不能这样做", "这个请求被拒绝了。"),
    404: ("找不到", "档案里没有这个版面或这篇文章，可能已被删除，或者地址有误。"),
    405: ("不能这样做", "这个地址不接受这种请求。"),
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
    kind: str = Query("", pattern="^(article|photo)?$", description='"article" or "photo".')
    person: str = Query("", description="Only articles naming this person (exact name).")
    place: str = Query("", description="Only articles naming this place or a unit within it (name or code).")
    org: str = Query("", description="Only articles naming this organisation (exact name).")


@dataclass
class FigureFilters:
    """Ledger filters, as query parameters."""

    unit: str = Query("", description='Exact unit, e.g. "元" or "%".')
    indicator: str = Query("", description="Exact indicator (the measure made comparable), e.g. 固定资产投资.")
    measure: str = Query("", description="Part of the measure or indicator, e.g. 投资.")
    place: str = Query("", description="A place by name or code, with every place within it (新疆 takes in its "
                                       "counties); a name not in the gazetteer matches the printed place.")
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


def create_app(db_path: str | Path, edit: bool = False, guard: Guard | None = None,
               image_cache: Path | None = None) -> FastAPI:
    """The web reader and JSON API over the archive at `db_path`.

    Each request opens its own connection, so a running `baoshu ingest` and the
    reader never share one. `edit` turns on the metadata form (a local tool:
    `baoshu serve --edit`). `guard` checks the Host header and the access
    token (see `baoshu.web.security`); by default anyone who reaches the
    server may read. Page images are cached in `image_cache` (default:
    `ARCHIVE.images/` beside the archive).
    """
    app = FastAPI(title="报数 baoshu", version=__version__, docs_url=None, redoc_url=None,
                  description="The JSON API behind baoshu's web reader; see docs/API.md.")
    app.state.db_path = Path(db_path)
    app.state.edit = edit
    app.state.form_key = secrets.token_urlsafe(16)
    guard = guard or Guard()
    images: list[ImageCache] = []  # made on first use, so a reader with no PDF pages makes no folder
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

    def failure(request: Request, status: int, message: str, detail: str = "") -> Response:
        if request.url.path.startswith("/api/"):
            return secured(JSONResponse(error_body(status, message), status_code=status))
        title, explanation = ERROR_TEXTS.get(status, ("出错了", "服务器处理这个请求时出了问题。"))
        return secured(render(request, "error.html", {"title": title, "message": explanation, "detail": detail,
                                                      "status": status}, json_url="", status=status))

    @app.middleware("http")
    async def guarded(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not guard.host_allowed(request):
            return failure(request, 400, "unexpected Host header (the reader answers to localhost only)",
                           "这个阅读器只接受本机地址（localhost、127.0.0.1）的访问。")
        if not guard.authorized(request) and not request.url.path.startswith(PUBLIC_PREFIX):
            return failure(request, 401, "this reader needs its access token (see baoshu serve --token)")
        if guard.token and TOKEN_QUERY in request.query_params:
            kept = [(k, v) for k, v in request.query_params.multi_items() if k != TOKEN_QUERY]
            target = request.url.path + ("?" + urlencode(kept) if kept else "")
            response: Response = RedirectResponse(target, status_code=303)
            response.set_cookie(TOKEN_COOKIE, guard.token, httponly=True, samesite="strict")
            return secured(response)
        return secured(await call_next(request))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return failure(request, 404, str(exc), problems.not_found(request.url.path))

    @app.exception_handler(BadArgument)
    async def bad_argument(request: Request, exc: BadArgument) -> Response:
        return failure(request, 400, str(exc), problems.bad_argument(str(exc)))

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        # A bug: the server still logs the traceback (Starlette re-raises after this response).
        return failure(request, 500, "internal error")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        message = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return failure(request, 400, message, problems.invalid(exc.errors()))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = problems.not_found(request.url.path) if exc.status_code == 404 else ""
        return failure(request, exc.status_code, str(exc.detail), detail)

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
                  offset: Annotated[int, Query(ge=0, le=MAX_COUNT)] = 0,
                  publication: Annotated[str, Query(description="Only this publication.")] = "") -> dict[str, Any]:
        return db.pages(limit=limit, offset=offset, publication=publication or None)

    @app.get("/api/pages/{page_id}", tags=["reader"], summary="A page: source lines, articles, furniture")
    def api_page(db: Db, page_id: PageId) -> dict[str, Any]:
        return jsonable(page_view(db, page_id))

    @app.get("/api/pages/{page_id}/image", tags=["reader"], summary="A PDF page's image (PNG), rendered locally",
             response_class=Response, responses={200: {"content": {"image/png": {}}}})
    def api_page_image(db: Db, page_id: PageId) -> Response:
        page = db.page(page_id)
        if not images:
            images.append(ImageCache(image_cache) if image_cache else ImageCache.beside(app.state.db_path))
        return Response(images[0].image(page, app.state.db_path), media_type="image/png",
                        headers={"Cache-Control": "private, max-age=86400"})

    @app.get("/api/articles/{article_id}", tags=["reader"], summary="An article, its figures and jumps")
    def api_article(db: Db, article_id: ArticleId) -> dict[str, Any]:
        return jsonable(article_view(db, article_id))

    @app.get("/api/search", tags=["reader"], summary="Ranked search with highlighted snippets")
    def api_search(db: Db, filters: Annotated[SearchParams, Depends()], q: str = "",
                   page: PageNumber = 1) -> dict[str, Any]:
        return jsonable(search_view(db, q, dataclasses.asdict(filters), page))

    @app.get("/api/figures", tags=["reader"], summary="The figures ledger, its chart and paging")
    def api_figures(db: Db, params: Annotated[LedgerParams, Depends()], page: PageNumber = 1) -> dict[str, Any]:
        return jsonable(ledger_view(db, dataclasses.asdict(params), page))

    @app.get("/api/figures/sums", tags=["archive"],
             summary="Figures summed within each indicator and unit, by place, period, month, year or publication")
    def api_figure_sums(db: Db, filters: Annotated[FigureFilters, Depends()],
                        by: Annotated[str, Query(pattern="^(indicator|place|period|month|year|publication)$")] = "place"
                        ) -> list[dict[str, Any]]:
        return db.figure_sums(by=by, **{k: v or None for k, v in dataclasses.asdict(filters).items()})

    @app.get("/api/figures.csv", tags=["reader"], summary="The filtered ledger as CSV",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def api_figures_csv(db: Db, params: Annotated[LedgerParams, Depends()]) -> Response:
        return csv_response(ledger_csv(db, dataclasses.asdict(params)))

    @app.get("/", include_in_schema=False)
    def html_home(request: Request, db: Db) -> HTMLResponse:
        return render(request, "home.html", home(db), "/api/home", nav="home")

    @app.get("/pages", include_in_schema=False)
    def html_pages(request: Request, db: Db, publication: str = "", page: PageNumber = 1) -> HTMLResponse:
        data = pages_view(db, publication, page)
        json_url = link("/api/pages", {"limit": str(PAGES_PER_PAGE), "offset": str(data["pager"].offset),
                                       "publication": publication})
        return render(request, "pages.html", data, json_url, nav="pages")

    @app.get("/pages/{page_id}", include_in_schema=False)
    def html_page(request: Request, db: Db, page_id: PageId,
                  article: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                  figure: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None) -> HTMLResponse:
        data = page_view(db, page_id)
        chosen = selection(db, data, article, figure)
        extra = {"edit": app.state.edit, "form_key": app.state.form_key,
                 "saved": request.query_params.get("saved") == "1"}
        return render(request, "page.html", {**data, **chosen, **extra}, f"/api/pages/{page_id}", nav="pages")

    @app.post("/pages/{page_id}/meta", include_in_schema=False)
    async def html_page_meta(request: Request, page_id: PageId) -> Response:
        if not app.state.edit:
            return failure(request, 403, "editing is off (start the reader with baoshu serve --edit)",
                           "修改版面信息的功能没有打开（用 baoshu serve --edit 启动才能修改）。")
        body = await request.body()
        if len(body) > FORM_LIMIT:
            raise BadArgument("the form is too large")
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        if not secrets.compare_digest(form.get("key", ""), app.state.form_key):
            return failure(request, 403, "stale or foreign form", "表单已过期，请刷新页面后再提交。")
        with Archive(app.state.db_path) as db:
            db.set_meta(page_id, publication=form.get("publication", "").strip(),
                        date=form.get("date", "").strip(), page=form.get("page", "").strip())
        return RedirectResponse(f"/pages/{page_id}?saved=1", status_code=303)

    @app.get("/articles/{article_id}", include_in_schema=False)
    def html_article(request: Request, db: Db, article_id: ArticleId) -> HTMLResponse:
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
