package io.github.gongkai.render.internal;

/**
 * The index's inline script: sorting the table of inputs by a column (a click on its heading; again for the
 * other order; numbers as numbers, empty cells last) and filtering it by text and by verdict. It reads only the
 * page's own elements, writes only classes, attributes and one count, and never turns text into markup.
 */
final class IndexScript {

    static final String SCRIPT = "(function(){'use strict';"
            + "var table=document.getElementById('reports');var body=table.tBodies[0];"
            + "var heads=table.tHead.rows[0].cells;"
            + "var filter=document.getElementById('filter');var verdict=document.getElementById('verdict-filter');"
            + "var shown=document.getElementById('shown');"
            + "function key(row,i,number){var t=row.cells[i].textContent.trim();"
            + "if(!number){return t;}return t===''?null:parseFloat(t);}"
            + "function sort(i){var number=heads[i].getAttribute('data-type')==='number';"
            + "var up=heads[i].getAttribute('aria-sort')!=='ascending';"
            + "for(var h=0;h<heads.length;h++){heads[h].setAttribute('aria-sort','none');}"
            + "heads[i].setAttribute('aria-sort',up?'ascending':'descending');"
            + "var rows=Array.prototype.slice.call(body.rows);"
            + "rows.forEach(function(r,n){r.setAttribute('data-order',String(n));});"
            + "rows.sort(function(a,b){var x=key(a,i,number),y=key(b,i,number),c;"
            + "if(number){if(x===null||y===null){c=x===y?0:(x===null?1:-1);return c!==0?c:"
            + "a.getAttribute('data-order')-b.getAttribute('data-order');}c=x-y;}"
            + "else{c=x<y?-1:(x>y?1:0);}"
            + "if(!up){c=-c;}return c!==0?c:a.getAttribute('data-order')-b.getAttribute('data-order');});"
            + "rows.forEach(function(r){body.appendChild(r);});}"
            + "function apply(){var text=filter.value.trim().toLowerCase();var v=verdict.value;var count=0;"
            + "Array.prototype.forEach.call(body.rows,function(r){"
            + "var ok=(v===''||r.getAttribute('data-verdict')===v)"
            + "&&(text===''||r.textContent.toLowerCase().indexOf(text)>=0);"
            + "r.hidden=!ok;r.style.display=ok?'':'none';if(ok){count++;}});shown.textContent=String(count);}"
            + "Array.prototype.forEach.call(heads,function(h,i){"
            + "h.querySelector('button').addEventListener('click',function(){sort(i);});});"
            + "filter.addEventListener('input',apply);verdict.addEventListener('change',apply);apply();"
            + "})();";

    private IndexScript() {
    }
}
